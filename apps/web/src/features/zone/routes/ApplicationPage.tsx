import { Anchor, Grid, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { Section } from '../../../components/Section.tsx';
import { ApiError } from '../../../lib/api.ts';
import { formatDate, TOMSK } from '../../../lib/format.ts';
import { useApplication } from '../api/useApplication.ts';
import { ActionPanel } from '../components/ActionPanel.tsx';
import { ApplicationSummary } from '../components/ApplicationSummary.tsx';
import { ApprovalProgress } from '../components/ApprovalProgress.tsx';
import { ApplicationStateBadge, DueText, OverdueBadge } from '../components/Badges.tsx';
import { DocumentsEditor } from '../components/DocumentsEditor.tsx';
import { EligibilityPanel } from '../components/EligibilityPanel.tsx';
import { HistoryTimeline } from '../components/HistoryTimeline.tsx';
import { PlanTable } from '../components/PlanTable.tsx';

/** One application: status and deadline, the decisions that can be taken now, what was asked, and its history. */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('zone');
  const app = useApplication(id);
  const fromQueue = useLocation().pathname.startsWith('/zone/review/');
  const crumbs = fromQueue
    ? [{ label: t('zone.nav.review'), to: '/zone/review' }]
    : [{ label: t('zone.nav.myApplications'), to: '/zone/applications' }];

  if (app.isPending)
    return (
      <>
        <PageHeader title={t('zone.application.short')} crumbs={crumbs} />
        <LoadingState rows={8} />
      </>
    );
  if (app.isError) {
    const missing = app.error instanceof ApiError && [400, 403, 404].includes(app.error.status);
    return (
      <>
        <PageHeader title={t('zone.application.short')} crumbs={crumbs} />
        {missing ? (
          <EmptyState title={t('zone.application.notFoundTitle')} text={t('zone.application.notFoundText')} />
        ) : (
          <ErrorState error={app.error} onRetry={() => void app.refetch()} />
        )}
      </>
    );
  }
  const a = app.data;
  const lastComment = [...a.history].reverse().find((h) => h.toState === 'revision_requested' && h.comment);

  return (
    <>
      <PageHeader
        title={t('zone.application.title', { name: a.organizationName })}
        crumbs={crumbs}
        description={
          <Group gap="sm" component="span">
            <ApplicationStateBadge state={a.state} />
            {a.overdue ? (
              <OverdueBadge dueOn={a.stateDueOn} />
            ) : (
              a.stateDueOn && <DueText dueOn={a.stateDueOn} />
            )}
            {a.submittedAt && (
              <Text span size="sm" c="dimmed">
                {t('zone.application.submittedOn', {
                  date: formatDate(a.submittedAt, undefined, TOMSK),
                })}
              </Text>
            )}
          </Group>
        }
      />
      <Stack gap="xl">
        {a.state === 'revision_requested' && lastComment && (
          <Text>
            <b>{t('zone.application.revisionComment')}</b> «{lastComment.comment}»
          </Text>
        )}
        <ApprovalProgress application={a} />
        <ActionPanel application={a} />
        {a.residentId && (
          <Anchor component={Link} to={`/zone/residents/${a.residentId}`}>
            {t('zone.application.residentLink')}
          </Anchor>
        )}
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="xl">
              <Section title={t('zone.application.summary')}>
                <ApplicationSummary application={a} />
              </Section>
              <Section title={t('zone.apply.steps.plan')}>
                {a.investmentPlan.length ? <PlanTable plans={a.investmentPlan} /> : <Text c="dimmed">—</Text>}
              </Section>
              <Section title={t('zone.apply.steps.documents')}>
                <DocumentsEditor application={a} editable={false} />
              </Section>
              {a.eligibility && (
                <EligibilityPanel results={a.eligibility} organizationId={a.organizationId} />
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Section title={t('zone.application.history')}>
              <HistoryTimeline events={a.history} />
            </Section>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
