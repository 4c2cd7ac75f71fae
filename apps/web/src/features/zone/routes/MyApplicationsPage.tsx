import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/ListPage.tsx';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { MY_APPLICATIONS_PAGE_SIZE, useMyApplications } from '../api/useMyApplications.ts';
import { ApplicationCard, applicationColumns } from '../components/ApplicationList.tsx';

const NO_FILTERS = [] as const;

/** Applications of the organizations I belong to. */
export function MyApplicationsPage() {
  const { t } = useTranslation('zone');
  const state = useUrlFilters(NO_FILTERS);
  const list = useMyApplications(state.page);
  const newButton = (
    <Button component={Link} to="/zone/apply" leftSection={<IconPlus size={16} aria-hidden />}>
      {t('zone.applications.new')}
    </Button>
  );
  return (
    <ListPage
      title={t('zone.nav.myApplications')}
      description={t('zone.applications.mineIntro')}
      actions={newButton}
      state={state}
      query={list}
      pageSize={MY_APPLICATIONS_PAGE_SIZE}
      skeletonRows={6}
      empty={{
        title: t('zone.applications.emptyTitle'),
        text: t('zone.applications.emptyText'),
        action: newButton,
      }}
      caption={t('zone.applications.caption')}
      rowKey={(a) => a.id}
      columns={applicationColumns(t)}
      card={(a) => <ApplicationCard a={a} />}
    />
  );
}
