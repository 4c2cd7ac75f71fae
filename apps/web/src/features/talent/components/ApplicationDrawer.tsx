import { Anchor, Drawer, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useApplication } from '../api/useApplications.ts';
import { StageBadge } from './Badges.tsx';
import { SkillBadges } from './OpportunityCard.tsx';
import { StudiesLine } from './ProfileDetails.tsx';
import { StageButtons } from './StageButtons.tsx';

/** One application for the recruiter: who, the cover note, the CV sent with it, and its history. */
export function ApplicationDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('talent');
  const app = useApplication(id);
  const a = app.data;
  return (
    <Drawer
      opened={Boolean(id)}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Title order={2} size="h4">
          {a ? a.applicant.fullName : t('talent.board.application')}
        </Title>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {app.isPending ? (
        <LoadingState rows={6} />
      ) : app.isError || !a ? (
        <ErrorState error={app.error} onRetry={() => void app.refetch()} />
      ) : (
        <Stack gap="lg">
          <Stack gap={4}>
            <Group gap="xs">
              <StageBadge stage={a.stage} />
              <Text size="sm" c="dimmed">
                {t('talent.board.appliedOn', { date: formatDate(a.createdAt) })}
              </Text>
            </Group>
            {a.applicant.headline && <Text size="sm">{a.applicant.headline}</Text>}
            <StudiesLine p={a.applicant} />
            <Anchor component={Link} to={`/talent/profiles/${a.applicant.id}`} size="sm">
              {t('talent.board.openProfile')}
            </Anchor>
          </Stack>
          <SkillBadges skills={a.applicant.skills} max={12} />
          <StageButtons
            applicationId={a.id}
            applicant={a.applicant.fullName}
            allowed={a.allowedStages}
            size="sm"
          />
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('talent.board.coverNote')}
            </Title>
            {a.coverNote ? (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {a.coverNote}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('talent.board.noCoverNote')}
              </Text>
            )}
          </Stack>
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('talent.board.cv')}
            </Title>
            {a.cv ? (
              <Anchor href={a.cv.url} target="_blank" rel="noopener" size="sm">
                <IconFileTypePdf size={16} aria-hidden style={{ verticalAlign: -3 }} /> {a.cv.fileName}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                {t('talent.board.noCv')}
              </Text>
            )}
          </Stack>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('talent.board.history')}
            </Title>
            <Timeline active={a.history.length - 1} bulletSize={14} lineWidth={2}>
              {a.history.map((h, i) => (
                <Timeline.Item
                  // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows
                  key={i}
                  title={t(`talent.stage.${h.toStage}`)}
                >
                  <Text size="xs" c="dimmed">
                    {formatDateTime(h.createdAt)}
                    {h.actorName ? ` · ${h.actorName}` : ''}
                  </Text>
                  {h.note && <Text size="sm">«{h.note}»</Text>}
                </Timeline.Item>
              ))}
            </Timeline>
          </Stack>
        </Stack>
      )}
    </Drawer>
  );
}
