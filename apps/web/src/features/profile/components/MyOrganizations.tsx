import { Anchor, Badge, Button, Group, List, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../../lib/session.ts';

export function MyOrganizations({ memberships }: { memberships: Me['memberships'] }) {
  const { t } = useTranslation(['profile', 'directory'], { nsMode: 'fallback' });
  return (
    <>
      {memberships.length === 0 ? (
        <Text c="dimmed">{t('profile.orgs.none')}</Text>
      ) : (
        <List listStyleType="none" p={0} spacing="xs">
          {memberships.map((m) => (
            <List.Item key={m.organizationId}>
              <Group gap="sm">
                <Anchor component={Link} to={`/directory/${m.organizationId}`} fw={500}>
                  {m.organizationName}
                </Anchor>
                <Badge variant="light" color={m.role === 'owner' ? 'blue' : 'gray'}>
                  {t(`members.roles.${m.role}`)}
                </Badge>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Group mt="md">
        <Button
          component={Link}
          to="/directory/new"
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('directory.add')}
        </Button>
      </Group>
    </>
  );
}
