import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to: string;
}

interface Props {
  title: string;
  /** Trail above the title (Home is added in front); absent on top-level pages. */
  crumbs?: Crumb[];
  description?: React.ReactNode;
  actions?: React.ReactNode;
}

/** Breadcrumbs, the page's one h1, and its main actions. Also sets the document title. */
export function PageHeader({ title, crumbs, description, actions }: Props) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · Inohub`;
  }, [title]);
  const trail: Crumb[] = crumbs ? [{ label: t('nav.home'), to: '/' }, ...crumbs] : [];
  return (
    <Stack gap="xs" mb="lg">
      {trail.length > 0 && (
        <nav aria-label={t('nav.breadcrumbs')}>
          <Breadcrumbs separatorMargin={6} styles={{ root: { flexWrap: 'wrap', rowGap: 6 } }}>
            {trail.map((c) => (
              // 24 px tall at least: a target size phones can hit (WCAG 2.5.8) when the trail wraps.
              <Anchor
                key={c.to}
                component={Link}
                to={c.to}
                size="sm"
                style={{ display: 'inline-flex', alignItems: 'center', minHeight: 24 }}
              >
                {c.label}
              </Anchor>
            ))}
            <Text size="sm" c="dimmed" aria-current="page">
              {title}
            </Text>
          </Breadcrumbs>
        </nav>
      )}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}>
          {title}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {description && (
        <Text c="dimmed" maw={720}>
          {description}
        </Text>
      )}
    </Stack>
  );
}
