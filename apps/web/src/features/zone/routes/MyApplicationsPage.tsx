import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPagination } from '../../../components/ListPagination.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { MY_APPLICATIONS_PAGE_SIZE, useMyApplications } from '../api/useMyApplications.ts';
import { ApplicationList } from '../components/ApplicationList.tsx';

export function MyApplicationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useMyApplications(page);
  const newButton = (
    <Button component={Link} to="/zone/apply" leftSection={<IconPlus size={16} aria-hidden />}>
      {t('zone.applications.new')}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t('zone.nav.myApplications')}
        crumbs={[]}
        description={t('zone.applications.mineIntro')}
        actions={newButton}
      />
      {list.isPending ? (
        <LoadingState rows={6} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          title={t('zone.applications.emptyTitle')}
          text={t('zone.applications.emptyText')}
          action={newButton}
        />
      ) : (
        <>
          <ApplicationList items={list.data.items} />
          <ListPagination
            page={page}
            pageSize={MY_APPLICATIONS_PAGE_SIZE}
            total={list.data.total}
            onChange={(p) => setParams(p > 1 ? { page: String(p) } : {})}
          />
        </>
      )}
    </>
  );
}
