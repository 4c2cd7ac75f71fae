import { Group, Paper, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '../api/types.ts';

const STAGES = ['supervisory_board_review', 'expert_council_review', 'amendment_pending'];
export const APPROVALS_NEEDED = 2;

/** "1 из 2 одобрений": decisions of a board need two distinct zone administrators. */
export function ApprovalProgress({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  if (!STAGES.includes(application.state)) return null;
  const inStage = application.approvals.filter((a) => a.stage === application.state);
  const round = Math.max(0, ...inStage.map((a) => a.round));
  const enteredAt = application.stateEnteredAt;
  const count = new Set(
    inStage.filter((a) => a.round === round && a.createdAt >= enteredAt).map((a) => a.adminId),
  ).size;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb={6}>
        <Text fw={600}>{t('zone.application.approvals', { count, total: APPROVALS_NEEDED })}</Text>
        <Text size="sm" c="dimmed">
          {t('zone.application.fourEyes')}
        </Text>
      </Group>
      <Progress
        value={(count / APPROVALS_NEEDED) * 100}
        aria-label={t('zone.application.approvals', { count, total: APPROVALS_NEEDED })}
      />
    </Paper>
  );
}
