import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '../../../components/ListPagination.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { hasRole, useMe } from '../../../lib/session.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { useVacancies, VACANCIES_PAGE_SIZE } from '../api/useVacancies.ts';
import { AdminBuildings } from '../components/AdminBuildings.tsx';
import { VacancyFilters } from '../components/VacancyFilters.tsx';
import { VacanciesFound, VacancyList } from '../components/VacancyList.tsx';

const FILTER_KEYS = ['siteId', 'kind', 'minArea', 'maxArea', 'from', 'to'] as const;

/** Units free for a whole date range (a year from today unless chosen). */
export function SpacePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const { values, page, update } = useUrlFilters(FILTER_KEYS);
  const list = useVacancies(values, page);
  const filtered = FILTER_KEYS.some((k) => values[k] !== '');

  return (
    <>
      <PageHeader title={t('zone.space.title')} crumbs={[]} description={t('zone.space.intro')} />
      <Stack gap="lg">
        {hasRole(me, 'zone_admin') && <AdminBuildings />}
        <VacancyFilters values={values} onChange={update} />
      </Stack>
      <Group justify="space-between" mt="lg" mb="sm" mih={28}>
        <Text fw={500} aria-live="polite">
          {list.data && <VacanciesFound total={list.data.total} from={list.data.from} to={list.data.to} />}
        </Text>
        {filtered && (
          <Button variant="subtle" size="compact-sm" component={Link} to="/zone/space">
            {t('zone.filters.reset')}
          </Button>
        )}
      </Group>
      {list.isPending ? (
        <LoadingState rows={8} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          title={t('zone.space.emptyTitle')}
          text={filtered ? t('zone.space.emptyFilteredText') : t('zone.space.emptyText')}
          action={
            filtered ? (
              <Button component={Link} to="/zone/space" variant="default">
                {t('zone.filters.reset')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
          <VacancyList items={list.data.items} />
          <ListPagination
            page={page}
            pageSize={VACANCIES_PAGE_SIZE}
            total={list.data.total}
            onChange={(p) => update({ page: p })}
          />
        </div>
      )}
    </>
  );
}
