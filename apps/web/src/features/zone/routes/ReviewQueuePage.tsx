import { Button, Checkbox, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '../../../components/ListPagination.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { APPLICATION_STATES } from '../api/types.ts';
import { QUEUE_PAGE_SIZE, useReviewQueue } from '../api/useReviewQueue.ts';
import { ApplicationList } from '../components/ApplicationList.tsx';

const FILTER_KEYS = ['state', 'overdue'] as const;

/** Zone admin: applications waiting for a decision, oldest deadline first. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { values, page, update } = useUrlFilters(FILTER_KEYS);
  const list = useReviewQueue(values, page);
  const filtered = FILTER_KEYS.some((k) => values[k] !== '');
  return (
    <>
      <PageHeader title={t('zone.nav.review')} crumbs={[]} description={t('zone.review.intro')} />
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('zone.review.state')}
          data={[
            { value: '', label: t('zone.review.awaitingState') },
            { value: 'all', label: t('zone.review.anyState') },
            ...APPLICATION_STATES.filter((s) => s !== 'draft').map((s) => ({
              value: s,
              label: t(`zone.state.${s}`),
            })),
          ]}
          value={values.state}
          onChange={(v) => update({ state: v ?? '' })}
          allowDeselect={false}
          w={{ base: '100%', sm: 300 }}
        />
        <Checkbox
          label={t('zone.review.overdueOnly')}
          checked={values.overdue === 'true'}
          onChange={(e) => update({ overdue: e.currentTarget.checked ? 'true' : '' })}
          mb={8}
        />
      </Group>
      <Group justify="space-between" mt="lg" mb="sm" mih={28}>
        <Text fw={500} aria-live="polite">
          {list.data &&
            t('zone.review.found', { count: list.data.total, formatted: formatNumber(list.data.total) })}
        </Text>
        {filtered && (
          <Button variant="subtle" size="compact-sm" component={Link} to="/zone/review">
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
          title={t('zone.review.emptyTitle')}
          text={filtered ? t('zone.review.emptyFilteredText') : t('zone.review.emptyText')}
          action={
            filtered ? (
              <Button component={Link} to="/zone/review" variant="default">
                {t('zone.filters.reset')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
          <ApplicationList items={list.data.items} basePath="/zone/review" />
          <ListPagination
            page={page}
            pageSize={QUEUE_PAGE_SIZE}
            total={list.data.total}
            onChange={(p) => update({ page: p })}
          />
        </div>
      )}
    </>
  );
}
