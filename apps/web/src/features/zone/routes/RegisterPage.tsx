import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/ListPage.tsx';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { RESIDENTS_PAGE_SIZE, useResidents } from '../api/useResidents.ts';
import { ResidentFilters } from '../components/ResidentFilters.tsx';
import { ResidentCard, residentColumns } from '../components/ResidentList.tsx';

const FILTER_KEYS = ['q', 'site', 'status', 'it', 'foreign'] as const;

/** The public register of SEZ residents. */
export function RegisterPage() {
  const { t, i18n } = useTranslation('zone');
  const filters = useUrlFilters(FILTER_KEYS);
  const list = useResidents(filters.values, filters.page);

  return (
    <ListPage
      title={t('zone.register.title')}
      description={t('zone.register.intro')}
      actions={
        <Button component={Link} to="/zone/stats" variant="default">
          {t('zone.nav.stats')}
        </Button>
      }
      filters={<ResidentFilters values={filters.values} onChange={filters.update} />}
      state={filters}
      query={list}
      pageSize={RESIDENTS_PAGE_SIZE}
      count={(count, formatted) => t('zone.register.found', { count, formatted })}
      empty={{
        title: t('zone.register.emptyTitle'),
        text: t('zone.register.emptyText'),
        action: (
          <Button component={Link} to="/zone/apply">
            {t('zone.nav.apply')}
          </Button>
        ),
      }}
      emptyFiltered={{
        title: t('zone.register.emptyFilteredTitle'),
        text: t('zone.register.emptyFilteredText'),
      }}
      caption={t('zone.register.caption')}
      rowKey={(r) => r.id}
      columns={residentColumns(t, i18n.language)}
      card={(r) => <ResidentCard r={r} />}
    />
  );
}
