import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPage } from '../../../components/ListPage.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import type { ApplicationItem } from '../api/types.ts';
import { APPLICATIONS_PAGE_SIZE, useMyApplications } from '../api/useApplications.ts';
import { StageBadge } from '../components/Badges.tsx';
import { nameOf, titleOf } from '../components/text.ts';
import { WithdrawButton } from '../components/WithdrawButton.tsx';

const NO_FILTERS = [] as const;

/** The student's applications: where each one stands, and withdrawing while it is not final. */
export function MyApplicationsPage() {
  const { t, i18n } = useTranslation('talent');
  const lang = i18n.language;
  const filters = useUrlFilters(NO_FILTERS);
  const list = useMyApplications(filters.page);
  const title = (a: ApplicationItem) => titleOf(lang, a.opportunity);
  const posting = (a: ApplicationItem) => (
    <Stack gap={2}>
      <Anchor component={Link} to={`/talent/opportunities/${a.opportunity.id}`} fw={600}>
        {title(a)}
      </Anchor>
      <Text size="sm" c="dimmed">
        {nameOf(lang, a.opportunity.employer)}
      </Text>
    </Stack>
  );
  const action = (a: ApplicationItem) =>
    a.allowedStages.includes('withdrawn') ? <WithdrawButton applicationId={a.id} title={title(a)} /> : null;
  return (
    <ListPage
      title={t('talent.myApplications.title')}
      description={t('talent.myApplications.intro')}
      actions={
        <Button component={Link} to="/talent/opportunities" variant="default">
          {t('talent.myApplications.find')}
        </Button>
      }
      state={filters}
      query={list}
      pageSize={APPLICATIONS_PAGE_SIZE}
      count={(count, formatted) => t('talent.myApplications.found', { count, formatted })}
      empty={{
        title: t('talent.myApplications.emptyTitle'),
        text: t('talent.myApplications.emptyText'),
        action: (
          <Button component={Link} to="/talent/opportunities">
            {t('talent.myApplications.find')}
          </Button>
        ),
      }}
      caption={t('talent.myApplications.caption')}
      rowKey={(a) => a.id}
      columns={[
        { key: 'posting', header: t('talent.myApplications.columns.posting'), cell: posting },
        {
          key: 'stage',
          header: t('talent.myApplications.columns.stage'),
          cell: (a) => (
            <Stack gap={2}>
              <StageBadge stage={a.stage} />
              <Text size="xs" c="dimmed">
                {t('talent.myApplications.since', { date: formatDate(a.stageChangedAt) })}
              </Text>
            </Stack>
          ),
        },
        {
          key: 'applied',
          header: t('talent.myApplications.columns.applied'),
          nowrap: true,
          cell: (a) => formatDate(a.createdAt),
        },
        { key: 'action', header: t('talent.myApplications.columns.action'), cell: action },
      ]}
    />
  );
}
