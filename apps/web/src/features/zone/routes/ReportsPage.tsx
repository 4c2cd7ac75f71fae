import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { Section } from '../../../components/Section.tsx';
import { useMyApplications } from '../api/useMyApplications.ts';
import { useResidentReports } from '../api/useResidentReports.ts';
import { pick } from '../components/names.ts';
import { ReportTable } from '../components/ReportTable.tsx';

function ResidentReports({ residentId, name }: { residentId: string; name: string }) {
  const { t } = useTranslation('zone');
  const reports = useResidentReports(residentId);
  return (
    <Section title={name}>
      {reports.isPending ? (
        <LoadingState rows={4} />
      ) : reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.data.items.length === 0 ? (
        <EmptyState title={t('zone.reports.noneTitle')} text={t('zone.reports.none')} />
      ) : (
        <>
          {reports.data.overdue && (
            <Alert color="red" role="alert" title={t('zone.reports.overdueTitle')}>
              {t('zone.reports.overdueText')}
            </Alert>
          )}
          <ReportTable items={reports.data.items} />
        </>
      )}
    </Section>
  );
}

/** The resident's report obligations (quarterly and annual), per resident organization of mine. */
export function ReportsPage() {
  const { t, i18n } = useTranslation('zone');
  const mine = useMyApplications(1);
  const header = (
    <PageHeader title={t('zone.nav.reports')} crumbs={[]} description={t('zone.reports.intro')} />
  );
  if (mine.isPending)
    return (
      <>
        {header}
        <LoadingState rows={6} />
      </>
    );
  if (mine.isError)
    return (
      <>
        {header}
        <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
      </>
    );
  const residents = new Map<string, string>();
  for (const a of mine.data.items)
    if (a.residentId)
      residents.set(a.residentId, pick(i18n.language, a.organizationName, a.organizationNameEn));
  return (
    <>
      {header}
      {residents.size === 0 ? (
        <EmptyState
          title={t('zone.reports.notResidentTitle')}
          text={t('zone.reports.notResidentText')}
          action={
            <Button component={Link} to="/zone/applications">
              {t('zone.nav.myApplications')}
            </Button>
          }
        />
      ) : (
        <Stack gap="xl">
          {[...residents].map(([id, name]) => (
            <ResidentReports key={id} residentId={id} name={name} />
          ))}
        </Stack>
      )}
    </>
  );
}
