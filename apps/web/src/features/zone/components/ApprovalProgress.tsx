import type { Wire } from '@inohub/contracts/wire';
import {
  APPROVAL_STAGES,
  APPROVALS_PER_STAGE,
  type ApplicationDetailView,
} from '@inohub/contracts/zone/applications';
import { Group, Paper, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../lib/session.ts';

/** The application waits for a four-eyes decision (a board or council stage). */
export const isApprovalStage = (state: string) => (APPROVAL_STAGES as readonly string[]).includes(state);
export const APPROVALS_NEEDED = APPROVALS_PER_STAGE;

/** "1 из 2 одобрений": decisions of a board need two distinct zone administrators. */
export function ApprovalProgress({ application }: { application: Wire<typeof ApplicationDetailView> }) {
  const { t } = useTranslation('zone');
  const me = useMe().data;
  if (!isApprovalStage(application.state)) return null;
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
