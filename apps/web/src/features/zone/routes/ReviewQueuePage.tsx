import { APPLICATION_STATES } from '@inohub/contracts/zone/applications';
import { Checkbox, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../components/ListPage.tsx';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { QUEUE_PAGE_SIZE, useReviewQueue } from '../api/useReviewQueue.ts';
import { ApplicationCard, applicationColumns } from '../components/ApplicationList.tsx';

const FILTER_KEYS = ['state', 'overdue'] as const;

/** Zone admin: applications waiting for a decision, oldest deadline first. */
export function ReviewQueuePage() {
  const { t } = useTranslation('zone');
  const filters = useUrlFilters(FILTER_KEYS);
  const { values, update } = filters;
  const list = useReviewQueue(values, filters.page);
  return (
    <ListPage
      title={t('zone.nav.review')}
      description={t('zone.review.intro')}
      filters={
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t('zone.review.state')}
            data={[
              { value: '', label: t('zone.review.awaitingState') },
              { value: 'all', label: t('zone.review.anyState') },
              // Drafts are the applicant's own until submitted; the queue never shows them.
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
      }
      state={filters}
      query={list}
      pageSize={QUEUE_PAGE_SIZE}
      count={(count, formatted) => t('zone.review.found', { count, formatted })}
      empty={{ title: t('zone.review.emptyTitle'), text: t('zone.review.emptyText') }}
      emptyFiltered={{ title: t('zone.review.emptyTitle'), text: t('zone.review.emptyFilteredText') }}
      caption={t('zone.applications.caption')}
      rowKey={(a) => a.id}
      columns={applicationColumns(t, '/zone/review')}
      card={(a) => <ApplicationCard a={a} basePath="/zone/review" />}
    />
  );
}
