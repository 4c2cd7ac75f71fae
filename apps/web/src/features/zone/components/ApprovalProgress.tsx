import { Group, Paper, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../lib/session.ts';
import type { ApplicationDetail } from '../api/types.ts';

const STAGES = ['supervisory_board_review', 'expert_council_review', 'amendment_pending'];
export const APPROVALS_NEEDED = 2;

/** "1 из 2 одобрений": decisions of a board need two distinct zone administrators. */
export function ApprovalProgress({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!STAGES.includes(application.state)) return null;
  // The server counts the current round: a revision starts the stage over.
  const count = new Set(application.approvalsInStage).size;
  const mine = me ? application.approvalsInStage.includes(me.user.id) : false;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb={6}>
        <Text fw={600}>{t('zone.application.approvals', { count, total: APPROVALS_NEEDED })}</Text>
        <Text size="sm" c="dimmed">
          {mine ? t('zone.application.waitingForSecond') : t('zone.application.fourEyes')}
        </Text>
      </Group>
      <Progress
        value={(count / APPROVALS_NEEDED) * 100}
        aria-label={t('zone.application.approvals', { count, total: APPROVALS_NEEDED })}
      />
    </Paper>
  );
}
