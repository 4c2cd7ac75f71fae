import { Anchor, Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { Section } from '../../../components/Section.tsx';
import { usePerson } from '../api/usePerson.ts';

export function PersonPage() {
  const { userId = '' } = useParams();
  const { t } = useTranslation(['directory', 'profile'], { nsMode: 'fallback' });
  const query = usePerson(userId);
  const crumbs = [{ label: t('nav.people'), to: '/people' }];

  if (query.isPending) return <LoadingState rows={6} />;
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('people.unavailable')} crumbs={crumbs} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const p = query.data;
  return (
    <>
      <PageHeader
        title={p.name}
        crumbs={crumbs}
        description={[p.headline, p.city].filter(Boolean).join(' · ') || undefined}
      />
      <Paper withBorder p="lg">
        <Stack gap="lg">
          {p.bio && (
            <Section title={t('profile.fields.bio')}>
              <Text style={{ whiteSpace: 'pre-line' }} maw={720}>
                {p.bio}
              </Text>
            </Section>
          )}
          {p.skills && p.skills.length > 0 && (
            <Section title={t('profile.fields.skills')}>
              <Group gap={6}>
                {p.skills.map((s) => (
                  <Badge key={s} variant="light" color="gray">
                    {s}
                  </Badge>
                ))}
              </Group>
            </Section>
          )}
          {p.organizations && p.organizations.length > 0 && (
            <Section title={t('profile.fields.organizations')}>
              <List spacing={4}>
                {p.organizations.map((o) => (
                  <List.Item key={o.organizationId}>
                    <Anchor component={Link} to={`/directory/${o.organizationId}`}>
                      {o.organizationName}
                    </Anchor>{' '}
                    <Text span c="dimmed" size="sm">
                      ({t(`members.roles.${o.role}`)})
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Section>
          )}
          {p.links && p.links.length > 0 && (
            <Section title={t('profile.fields.links')}>
              <List spacing={4}>
                {p.links.map((l) => (
                  <List.Item key={l.url}>
                    <Anchor href={l.url} target="_blank" rel="noopener noreferrer nofollow">
                      {l.label}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Section>
          )}
          {!p.bio && !p.skills?.length && !p.organizations?.length && !p.links?.length && (
            <Text c="dimmed">{t('people.nothingPublic')}</Text>
          )}
        </Stack>
      </Paper>
    </>
  );
}
