/**
 * Section — a titled part of a page, announced as a region named by its heading.
 *
 *   <Section title={t('profile.account')} description={t('profile.accountHelp')} framed>…</Section>
 *   <Section title={t('zone.application.plan')} actions={<Button …/>}>…</Section>
 *
 * `framed` draws a bordered panel (forms, settings); without it the section is a plain block in the page's flow
 * (record pages). Headings are h2 under the page's h1; pass `order={3}` for a section inside a section.
 */
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

export interface SectionProps {
  title: ReactNode;
  /** One line under the title: what the section is for. */
  description?: ReactNode;
  /** Buttons on the right of the title. */
  actions?: ReactNode;
  /** A bordered panel instead of a plain block. */
  framed?: boolean;
  order?: 2 | 3 | 4;
  children: ReactNode;
}

export function Section({ title, description, actions, framed = false, order = 2, children }: SectionProps) {
  const headingId = useId();
  const content = (
    <Stack gap="sm">
      <div>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={order} size={order === 2 ? 'h4' : 'h5'} id={headingId}>
            {title}
          </Title>
          {actions && <Group gap="xs">{actions}</Group>}
        </Group>
        {description && (
          <Text c="dimmed" size="sm" mt={4}>
            {description}
          </Text>
        )}
      </div>
      {children}
    </Stack>
  );
  return framed ? (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      {content}
    </Paper>
  ) : (
    <section aria-labelledby={headingId}>{content}</section>
  );
}
