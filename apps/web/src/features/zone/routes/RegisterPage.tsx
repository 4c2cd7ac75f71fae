import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '../../../components/ListPagination.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { RESIDENTS_PAGE_SIZE, useResidents } from '../api/useResidents.ts';
import { ResidentFilters } from '../components/ResidentFilters.tsx';
import { ResidentList } from '../components/ResidentList.tsx';

const FILTER_KEYS = ['q', 'site', 'status', 'it', 'foreign'] as const;

/** The public register of SEZ residents. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { values, page, update } = useUrlFilters(FILTER_KEYS);
  const list = useResidents(values, page);
  const filtered = FILTER_KEYS.some((k) => values[k] !== '');

  return (
    <>
      <PageHeader
        title={t('zone.register.title')}
        crumbs={[]}
        description={t('zone.register.intro')}
        actions={
          <Button component={Link} to="/zone/stats" variant="default">
            {t('zone.nav.stats')}
          </Button>
        }
      />
      <ResidentFilters values={values} onChange={update} />
      <Group justify="space-between" mt="lg" mb="sm" mih={28}>
        <Text fw={500} aria-live="polite">
          {list.data &&
            t('zone.register.found', { count: list.data.total, formatted: formatNumber(list.data.total) })}
        </Text>
        {filtered && (
          <Button variant="subtle" size="compact-sm" component={Link} to="/zone/residents">
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
          title={filtered ? t('zone.register.emptyFilteredTitle') : t('zone.register.emptyTitle')}
          text={filtered ? t('zone.register.emptyFilteredText') : t('zone.register.emptyText')}
          action={
            filtered ? (
              <Button component={Link} to="/zone/residents" variant="default">
                {t('zone.filters.reset')}
              </Button>
            ) : (
              <Button component={Link} to="/zone/apply">
                {t('zone.nav.apply')}
              </Button>
            )
          }
        />
      ) : (
        <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
          <ResidentList items={list.data.items} />
          <ListPagination
            page={page}
            pageSize={RESIDENTS_PAGE_SIZE}
            total={list.data.total}
            onChange={(p) => update({ page: p })}
          />
        </div>
      )}
    </>
  );
}
