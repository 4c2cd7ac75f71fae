import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PersonSummary } from '../api/types.ts';

export function PersonCard({ person }: { person: PersonSummary }) {
  return (
    <Card withBorder padding="md" component="article" h="100%">
      <Stack gap={6}>
        <Anchor component={Link} to={`/people/${person.userId}`} fw={600}>
          {person.name}
        </Anchor>
        {person.headline && <Text size="sm">{person.headline}</Text>}
        {person.city && (
          <Text size="sm" c="dimmed">
            {person.city}
          </Text>
        )}
        {person.skills && person.skills.length > 0 && (
          <Group gap={4}>
            {person.skills.slice(0, 6).map((s) => (
              <Badge key={s} variant="light" color="gray">
                {s}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
