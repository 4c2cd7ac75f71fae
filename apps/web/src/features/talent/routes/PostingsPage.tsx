import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListBody } from '../../../components/ListPage.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import type { OpportunityItem } from '../api/types.ts';
import { useMyEmployers } from '../api/useEmployers.ts';
import { OPPORTUNITIES_PAGE_SIZE, useCompanyPostings } from '../api/useOpportunities.ts';
import { DeadlineText, KindBadge, PostingStatusBadge } from '../components/Badges.tsx';
import { EmployerBanner } from '../components/EmployerBanner.tsx';
import { nameOf, titleOf } from '../components/text.ts';

const FILTER_KEYS = ['org'] as const;

/** The recruiter's postings of one company in every status, and the company's standing as an employer. */
export function PostingsPage() {
  const { t, i18n } = useTranslation('talent');
  const lang = i18n.language;
  const filters = useUrlFilters(FILTER_KEYS);
  const employers = useMyEmployers();
  const list = employers.data ?? [];
  const current = list.find((e) => e.organizationId === filters.values.org) ?? list[0] ?? null;
  const postings = useCompanyPostings(current?.organizationId ?? null, filters.page);
  const title = t('talent.postings.title');

  if (employers.isPending)
    return (
      <>
        <PageHeader title={title} />
        <LoadingState rows={8} />
      </>
    );
  if (employers.isError)
    return (
      <>
        <PageHeader title={title} />
        <ErrorState error={employers.error} onRetry={() => void employers.refetch()} />
      </>
    );
  if (!current)
    return (
      <>
        <PageHeader title={title} />
        <EmptyState
          title={t('talent.postings.noCompanyTitle')}
          text={t('talent.postings.noCompanyText')}
          action={
            <Button component={Link} to="/directory">
              {t('talent.postings.toDirectory')}
            </Button>
          }
        />
      </>
    );
  const newPosting = (
    <Button
      component={Link}
      to={`/talent/postings/new?org=${current.organizationId}`}
      leftSection={<IconPlus size={16} aria-hidden />}
    >
      {t('talent.postings.new')}
    </Button>
  );
  const titleCell = (o: OpportunityItem) => (
    <Stack gap={2}>
      <Anchor component={Link} to={`/talent/opportunities/${o.id}`} fw={600}>
        {titleOf(lang, o)}
      </Anchor>
      <Group gap={6}>
        <KindBadge kind={o.kind} />
      </Group>
    </Stack>
  );
  const actions = (o: OpportunityItem) => (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        variant="default"
        component={Link}
        to={`/talent/postings/${o.id}/edit`}
        aria-label={t('talent.postings.editOf', { title: titleOf(lang, o) })}
      >
        {t('talent.postings.edit')}
      </Button>
      <Button
        size="xs"
        component={Link}
        to={`/talent/postings/${o.id}/board`}
        aria-label={t('talent.postings.boardOf', { title: titleOf(lang, o) })}
      >
        {t('talent.postings.board')}
      </Button>
    </Group>
  );
  return (
    <>
      <PageHeader title={title} description={t('talent.postings.intro')} actions={newPosting} />
      <Stack gap="md">
        {list.length > 1 && (
          <Select
            label={t('talent.postings.company')}
            maw={420}
            allowDeselect={false}
            data={list.map((e) => ({ value: e.organizationId, label: nameOf(lang, e) }))}
            value={current.organizationId}
            onChange={(v) => filters.update({ org: v ?? '' })}
          />
        )}
        <EmployerBanner employer={current} />
      </Stack>
      <ListBody
        query={postings}
        state={{ ...filters, filtered: false }}
        pageSize={OPPORTUNITIES_PAGE_SIZE}
        count={(count, formatted) => t('talent.postings.found', { count, formatted })}
        empty={{
          title: t('talent.postings.emptyTitle'),
          text: t('talent.postings.emptyText'),
          action: newPosting,
        }}
        caption={t('talent.postings.caption', { name: nameOf(lang, current) })}
        rowKey={(o) => o.id}
        columns={[
          { key: 'title', header: t('talent.postings.columns.title'), cell: titleCell },
          {
            key: 'status',
            header: t('talent.postings.columns.status'),
            cell: (o) => <PostingStatusBadge status={o.status} isOpen={o.isOpen} />,
          },
          {
            key: 'deadline',
            header: t('talent.postings.columns.deadline'),
            cell: (o) => <DeadlineText deadline={o.deadline} />,
          },
          { key: 'actions', header: t('talent.postings.columns.actions'), cell: actions },
        ]}
      />
      <Text size="sm" c="dimmed" mt="md">
        {t('talent.postings.hint')}
      </Text>
    </>
  );
}
