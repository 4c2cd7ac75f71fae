import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Flex,
  Group,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconLayoutKanban, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { ApiError } from '../../../lib/api.ts';
import { formatDate, formatNumber, formatShare } from '../../../lib/format.ts';
import type { Board } from '../api/types.ts';
import { useBoard, useCandidates } from '../api/useApplications.ts';
import { ApplicationDrawer } from '../components/ApplicationDrawer.tsx';
import { PostingStatusBadge, STAGE_COLOR } from '../components/Badges.tsx';
import { ReasonList, SkillBadges } from '../components/OpportunityCard.tsx';
import { StudiesLine } from '../components/ProfileDetails.tsx';
import { StageButtons } from '../components/StageButtons.tsx';
import { isMissing, titleOf } from '../components/text.ts';

/**
 * The columns side by side on wide screens (scrolling sideways when seven do not fit), stacked on phones.
 * The scrolling strip takes the focus so that a keyboard can scroll it (WCAG 2.1.1).
 */
function Columns({ board, onOpen }: { board: Board; onOpen: (id: string) => void }) {
  const { t } = useTranslation('talent');
  return (
    <Box
      tabIndex={0}
      role="region"
      aria-label={t('talent.board.columnsLabel')}
      style={{ overflowX: 'auto' }}
      pb="sm"
    >
      <Flex direction={{ base: 'column', md: 'row' }} gap="sm" align={{ base: 'stretch', md: 'flex-start' }}>
        {board.columns.map((col) => (
          <Box
            key={col.stage}
            component="section"
            aria-labelledby={`col-${col.stage}`}
            flex={{ base: 'none', md: '1 0 240px' }}
            miw={{ md: 240 }}
            style={{
              borderTop: `3px solid var(--mantine-color-${STAGE_COLOR[col.stage]}-6)`,
              background: 'var(--mantine-color-default-hover)',
              borderRadius: 'var(--mantine-radius-md)',
            }}
            p="xs"
          >
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h5" id={`col-${col.stage}`}>
                {t(`talent.stage.${col.stage}`)}
              </Title>
              <Badge
                variant="default"
                aria-label={t('talent.board.count', { count: col.applications.length })}
              >
                {formatNumber(col.applications.length)}
              </Badge>
            </Group>
            <Stack gap="xs">
              {col.applications.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('talent.board.emptyColumn')}
                </Text>
              )}
              {col.applications.map((a) => (
                <Card key={a.id} withBorder padding="sm" component="article">
                  <Stack gap={6}>
                    <Anchor
                      component="button"
                      type="button"
                      fw={600}
                      ta="left"
                      onClick={() => onOpen(a.id)}
                      aria-label={t('talent.board.openApplication', { name: a.applicant.fullName })}
                    >
                      {a.applicant.fullName}
                    </Anchor>
                    <StudiesLine p={a.applicant} compact />
                    <Text size="xs" c="dimmed">
                      {t('talent.board.appliedOn', { date: formatDate(a.createdAt) })}
                    </Text>
                    <StageButtons
                      applicationId={a.id}
                      applicant={a.applicant.fullName}
                      allowed={a.allowedStages}
                    />
                  </Stack>
                </Card>
              ))}
            </Stack>
          </Box>
        ))}
      </Flex>
    </Box>
  );
}

/** Profiles that fit the posting, best first, each with its reasons. */
function Candidates({ opportunityId }: { opportunityId: string }) {
  const { t } = useTranslation('talent');
  const query = useCandidates(opportunityId, true);
  if (query.isPending) return <LoadingState rows={6} />;
  if (query.isError)
    return query.error instanceof ApiError && query.error.status === 403 ? (
      <EmptyState
        title={t('talent.candidates.notApprovedTitle')}
        text={t('talent.candidates.notApprovedText')}
      />
    ) : (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  if (query.data.items.length === 0)
    return <EmptyState title={t('talent.candidates.emptyTitle')} text={t('talent.candidates.emptyText')} />;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      {query.data.items.map((c) => (
        <Card key={c.profile.id} withBorder padding="md" component="article">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Anchor component={Link} to={`/talent/profiles/${c.profile.id}`} fw={600}>
                {c.profile.fullName}
              </Anchor>
              <Badge
                flex="none"
                variant="light"
                color="teal"
                c="var(--mantine-color-text)"
                style={{ textTransform: 'none' }}
              >
                {t('talent.candidates.fit', { share: formatShare(c.fit.score) })}
              </Badge>
            </Group>
            {c.profile.headline && <Text size="sm">{c.profile.headline}</Text>}
            <StudiesLine p={c.profile} />
            <SkillBadges skills={c.profile.skills} max={6} />
            <ReasonList reasons={c.reasons} audience="recruiter" />
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** The recruiter's application board for one posting, and the candidates the hub recommends for it. */
export function BoardPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('talent');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'candidates' ? 'candidates' : 'board';
  const [open, setOpen] = useState<string | null>(null);
  const board = useBoard(id);
  const crumbs = [{ label: t('talent.nav.postings'), to: '/talent/postings' }];
  if (board.isPending)
    return (
      <>
        <PageHeader title={t('talent.board.title')} crumbs={crumbs} />
        <LoadingState rows={8} />
      </>
    );
  if (board.isError)
    return (
      <>
        <PageHeader title={t('talent.board.title')} crumbs={crumbs} />
        {isMissing(board.error) ? (
          <EmptyState title={t('talent.posting.notFoundTitle')} text={t('talent.board.notFoundText')} />
        ) : (
          <ErrorState error={board.error} onRetry={() => void board.refetch()} />
        )}
      </>
    );
  const b = board.data;
  const total = b.columns.reduce((n, c) => n + c.applications.length, 0);
  const title = titleOf(i18n.language, b.opportunity);
  return (
    <>
      <PageHeader
        title={t('talent.board.titleNamed', { title })}
        crumbs={[...crumbs, { label: title, to: `/talent/opportunities/${id}` }]}
        description={
          <Group gap="sm" component="span">
            <PostingStatusBadge status={b.opportunity.status} isOpen={b.opportunity.isOpen} />
            <Text span size="sm" c="dimmed">
              {t('talent.board.total', { count: total, formatted: formatNumber(total) })}
            </Text>
          </Group>
        }
        actions={
          <Button component={Link} to={`/talent/postings/${id}/edit`} variant="default">
            {t('talent.postings.edit')}
          </Button>
        }
      />
      <Tabs
        value={tab}
        onChange={(v) =>
          setParams((p) => {
            const next = new URLSearchParams(p);
            if (v === 'candidates') next.set('tab', 'candidates');
            else next.delete('tab');
            return next;
          })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="board" leftSection={<IconLayoutKanban size={16} aria-hidden />}>
            {t('talent.board.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="candidates" leftSection={<IconSparkles size={16} aria-hidden />}>
            {t('talent.candidates.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board">
          {total === 0 ? (
            <EmptyState
              title={t('talent.board.emptyTitle')}
              text={t('talent.board.emptyText')}
              action={
                <Button variant="default" onClick={() => setParams({ tab: 'candidates' })}>
                  {t('talent.candidates.tab')}
                </Button>
              }
            />
          ) : (
            <Columns board={b} onOpen={setOpen} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="candidates">
          <Candidates opportunityId={id} />
        </Tabs.Panel>
      </Tabs>
      <ApplicationDrawer id={open} onClose={() => setOpen(null)} />
    </>
  );
}
