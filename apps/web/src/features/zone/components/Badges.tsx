import type { ApplicationState } from '@inohub/contracts/zone/applications';
import type { ResidentStatus } from '@inohub/contracts/zone/register';
import type { ReportStatus } from '@inohub/contracts/zone/reporting';
import { Badge, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, TOMSK } from '../../../lib/format.ts';

const RESIDENT_COLOR: Record<ResidentStatus, string> = {
  registered: 'blue',
  active: 'teal',
  amendment_pending: 'yellow',
  terminated: 'gray',
};

export function ResidentStatusBadge({ status }: { status: ResidentStatus }) {
  const { t } = useTranslation('zone');
  return (
    <Badge
      color={RESIDENT_COLOR[status]}
      c="var(--mantine-color-text)"
      variant="light"
      style={{ textTransform: 'none' }}
    >
      {t(`zone.residentStatus.${status}`)}
    </Badge>
  );
}

const STATE_COLOR: Partial<Record<ApplicationState, string>> = {
  draft: 'gray',
  revision_requested: 'orange',
  approved: 'teal',
  agreement_signed: 'teal',
  registered: 'blue',
  active: 'teal',
  amendment_pending: 'yellow',
  terminated: 'gray',
  rejected: 'red',
};

export function ApplicationStateBadge({ state }: { state: ApplicationState }) {
  const { t } = useTranslation('zone');
  return (
    <Badge
      color={STATE_COLOR[state] ?? 'indigo'}
      c="var(--mantine-color-text)"
      variant="light"
      style={{ textTransform: 'none' }}
    >
      {t(`zone.state.${state}`)}
    </Badge>
  );
}

const REPORT_COLOR: Record<ReportStatus, string> = {
  due: 'gray',
  draft: 'blue',
  submitted: 'indigo',
  accepted: 'teal',
  returned: 'orange',
};

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation('zone');
  return (
    <Badge
      color={REPORT_COLOR[status]}
      c="var(--mantine-color-text)"
      variant="light"
      style={{ textTransform: 'none' }}
    >
      {t(`zone.reportStatus.${status}`)}
    </Badge>
  );
}

/** Overdue is said in words and with an icon, not by colour alone. */
export function OverdueBadge({ dueOn }: { dueOn?: string | null }) {
  const { t } = useTranslation('zone');
  return (
    <Badge
      color="red.8"
      variant="filled"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
      style={{ textTransform: 'none' }}
    >
      {dueOn ? t('zone.overdueSince', { date: formatDate(dueOn) }) : t('zone.overdue')}
    </Badge>
  );
}

export function DueText({ dueOn }: { dueOn: string }) {
  const { t } = useTranslation('zone');
  return (
    <Text size="sm" c="dimmed" span>
      <IconClock size={14} aria-hidden style={{ verticalAlign: -2 }} />{' '}
      {t('zone.dueOn', { date: formatDate(dueOn) })}
    </Text>
  );
}

/** "проверено 03.03.2026" for public register data; "not checked yet" otherwise. */
export function VerifiedText({ verifiedAt }: { verifiedAt: string | null }) {
  const { t } = useTranslation('zone');
  if (!verifiedAt)
    return (
      <Text size="sm" c="dimmed" span>
        {t('zone.notVerified')}
      </Text>
    );
  return (
    <Text size="sm" c="dimmed" span style={{ whiteSpace: 'nowrap' }}>
      <IconCircleCheck size={14} aria-hidden style={{ verticalAlign: -2 }} />{' '}
      {t('zone.verifiedOn', { date: formatDate(verifiedAt, undefined, TOMSK) })}
    </Text>
  );
}
