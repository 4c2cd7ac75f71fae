import { Button, Grid, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconEdit, IconLayoutKanban } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { Section } from '../../../components/Section.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useOpportunity } from '../api/useOpportunities.ts';
import { ApplyPanel } from '../components/ApplyPanel.tsx';
import { KindBadge, PostingStatusBadge, VerifiedEmployer } from '../components/Badges.tsx';
import { BilingualText } from '../components/Description.tsx';
import { PlaceText, SkillBadges } from '../components/OpportunityCard.tsx';
import { formatSalary, isMissing, nameOf, titleOf } from '../components/text.ts';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** One job or internship: who, what, where, how much, the skills it asks for, and applying. */
export function OpportunityPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('talent');
  const lang = i18n.language;
  const query = useOpportunity(id);
  const crumbs = [{ label: t('talent.nav.opportunities'), to: '/talent/opportunities' }];

  if (query.isPending)
    return (
      <>
        <PageHeader title={t('talent.posting.short')} crumbs={crumbs} />
        <LoadingState rows={8} />
      </>
    );
  if (query.isError)
    return (
      <>
        <PageHeader title={t('talent.posting.short')} crumbs={crumbs} />
        {isMissing(query.error) ? (
          <EmptyState
            title={t('talent.posting.notFoundTitle')}
            text={t('talent.posting.notFoundText')}
            action={
              <Button component={Link} to="/talent/opportunities">
                {t('talent.posting.toList')}
              </Button>
            }
          />
        ) : (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        )}
      </>
    );
  const o = query.data;
  const salary = formatSalary(t, lang, o.salaryFrom, o.salaryTo);
  return (
    <>
      <PageHeader
        title={titleOf(lang, o)}
        crumbs={crumbs}
        description={
          <Group gap="sm" component="span">
            <KindBadge kind={o.kind} />
            {o.manageable && <PostingStatusBadge status={o.status} isOpen={o.isOpen} />}
            <Text span size="sm">
              {nameOf(lang, o.employer)}
            </Text>
            <VerifiedEmployer verifiedAt={o.employer.verifiedAt} />
          </Group>
        }
        actions={
          o.manageable && (
            <>
              <Button
                component={Link}
                to={`/talent/postings/${o.id}/edit`}
                variant="default"
                leftSection={<IconEdit size={16} aria-hidden />}
              >
                {t('talent.postings.edit')}
              </Button>
              <Button
                component={Link}
                to={`/talent/postings/${o.id}/board`}
                leftSection={<IconLayoutKanban size={16} aria-hidden />}
              >
                {t('talent.postings.board')}
              </Button>
            </>
          )
        }
      />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            <Paper withBorder p="md">
              <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
                <Fact label={t('talent.posting.place')}>
                  <PlaceText city={o.city} remote={o.remote} />
                </Fact>
                <Fact label={t('talent.posting.salary')}>{salary ?? t('talent.posting.salaryNone')}</Fact>
                <Fact label={t('talent.posting.deadline')}>{formatDate(o.deadline)}</Fact>
                <Fact label={t('talent.posting.positions')}>{formatNumber(o.positions)}</Fact>
              </SimpleGrid>
            </Paper>
            <Section title={t('talent.posting.description')}>
              <BilingualText ru={o.descriptionRu} en={o.descriptionEn} />
            </Section>
            <Section title={t('talent.posting.requiredSkills')}>
              {o.requiredSkills.length ? (
                <SkillBadges skills={o.requiredSkills} max={30} />
              ) : (
                <Text c="dimmed">{t('talent.posting.noSkills')}</Text>
              )}
            </Section>
            {o.niceSkills.length > 0 && (
              <Section title={t('talent.posting.niceSkills')}>
                <SkillBadges skills={o.niceSkills} max={30} />
              </Section>
            )}
            {o.publishedAt && (
              <Text size="sm" c="dimmed">
                {t('talent.posting.publishedOn', { date: formatDate(o.publishedAt) })}
              </Text>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Section title={o.manageable ? t('talent.apply.ownTitle') : t('talent.apply.title')} framed>
            <ApplyPanel o={o} />
          </Section>
        </Grid.Col>
      </Grid>
    </>
  );
}
