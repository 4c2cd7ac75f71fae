import { Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';

/** The narrow, centred card every sign-in and sign-up step sits in. */
export function AuthPanel({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: React.ReactNode;
  children: React.ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · Inohub`;
  }, [title]);
  return (
    <Paper withBorder p={{ base: 'lg', sm: 'xl' }} maw={480} mx="auto" mt={{ base: 0, sm: 'xl' }}>
      <Stack gap="md">
        <Title order={1} size="h2">
          {title}
        </Title>
        {intro && <Text c="dimmed">{intro}</Text>}
        {children}
      </Stack>
    </Paper>
  );
}
