import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../components/ListPage.tsx';
import { hasRole, useMe } from '../../../lib/session.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { useVacancies, VACANCIES_PAGE_SIZE } from '../api/useVacancies.ts';
import { AdminBuildings } from '../components/AdminBuildings.tsx';
import { VacancyFilters } from '../components/VacancyFilters.tsx';
import { VacancyList, vacanciesFound } from '../components/VacancyList.tsx';

const FILTER_KEYS = ['siteId', 'kind', 'minArea', 'maxArea', 'from', 'to'] as const;

/** Units free for a whole date range (a year from today unless chosen). */
export function SpacePage() {
  const { t } = useTranslation('zone');
  const me = useMe().data;
  const filters = useUrlFilters(FILTER_KEYS);
  const list = useVacancies(filters.values, filters.page);

  return (
    <ListPage
      title={t('zone.space.title')}
      description={t('zone.space.intro')}
      filters={
        <Stack gap="lg">
          {hasRole(me, 'zone_admin') && <AdminBuildings />}
          <VacancyFilters values={filters.values} onChange={filters.update} />
        </Stack>
      }
      state={filters}
      query={list}
      pageSize={VACANCIES_PAGE_SIZE}
      count={vacanciesFound(t, list.data)}
      empty={{ title: t('zone.space.emptyTitle'), text: t('zone.space.emptyText') }}
      emptyFiltered={{ title: t('zone.space.emptyTitle'), text: t('zone.space.emptyFilteredText') }}
    >
      {(items) => <VacancyList items={items} />}
    </ListPage>
  );
}
