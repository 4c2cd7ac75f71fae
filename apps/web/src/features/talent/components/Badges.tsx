import type { ApplicationStage, EmployerStatus, OpportunityStatus } from '@inohub/contracts/talent/enums';
import { Badge, Text } from '@mantine/core';
import { IconCircleCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, TOMSK } from '../../../lib/format.ts';

// Badges carry their meaning in words; colour only repeats it (WCAG 1.4.1). Text stays the body colour
// on the light fill so that it keeps 4.5:1 contrast.
const badgeStyle = { textTransform: 'none' } as const;

export const STAGE_COLOR: Record<ApplicationStage, string> = {
  new: 'blue',
  screening: 'indigo',
  interview: 'violet',
  offer: 'yellow',
  hired: 'teal',
  rejected: 'red',
  withdrawn: 'gray',
};

export function StageBadge({ stage }: { stage: ApplicationStage }) {
  const { t } = useTranslation('talent');
  return (
    <Badge color={STAGE_COLOR[stage]} c="var(--mantine-color-text)" variant="light" style={badgeStyle}>
      {t(`talent.stage.${stage}`)}
    </Badge>
  );
}

const STATUS_COLOR: Record<OpportunityStatus, string> = { draft: 'gray', published: 'teal', closed: 'dark' };

export function PostingStatusBadge({ status, isOpen }: { status: OpportunityStatus; isOpen?: boolean }) {
  const { t } = useTranslation('talent');
  // Published but not public (employer not approved yet, or the deadline passed) is said so.
  const label =
    status === 'published' && isOpen === false
      ? t('talent.postingStatus.publishedHidden')
      : t(`talent.postingStatus.${status}`);
  return (
    <Badge
      color={status === 'published' && isOpen === false ? 'orange' : STATUS_COLOR[status]}
      c="var(--mantine-color-text)"
      variant="light"
      style={badgeStyle}
    >
      {label}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: 'job' | 'internship' }) {
  const { t } = useTranslation('talent');
  return (
    <Badge
      flex="none"
      color={kind === 'internship' ? 'grape' : 'blue'}
      c="var(--mantine-color-text)"
      variant="light"
      style={badgeStyle}
    >
      {t(`talent.kind.${kind}`)}
    </Badge>
  );
}

const EMPLOYER_COLOR: Record<EmployerStatus | 'none', string> = {
  none: 'gray',
  pending: 'yellow',
  approved: 'teal',
  rejected: 'red',
  suspended: 'red',
};

export function EmployerStatusBadge({ status }: { status: EmployerStatus | 'none' }) {
  const { t } = useTranslation('talent');
  return (
    <Badge color={EMPLOYER_COLOR[status]} c="var(--mantine-color-text)" variant="light" style={badgeStyle}>
      {t(`talent.employerStatus.${status}`)}
    </Badge>
  );
}

/** "проверен 03.03.2026" for an approved employer; "не проверен" otherwise. */
export function VerifiedEmployer({ verifiedAt }: { verifiedAt: string | null }) {
  const { t } = useTranslation('talent');
  if (!verifiedAt)
    return (
      <Text size="sm" c="dimmed" span>
        {t('talent.notVerified')}
      </Text>
    );
  return (
    <Text size="sm" c="teal.9" span style={{ whiteSpace: 'nowrap' }}>
      <IconCircleCheck size={14} aria-hidden style={{ verticalAlign: -2 }} />{' '}
      {t('talent.verifiedOn', { date: formatDate(verifiedAt, undefined, TOMSK) })}
    </Text>
  );
}

export function DeadlineText({ deadline }: { deadline: string }) {
  const { t } = useTranslation('talent');
  return (
    <Text size="sm" c="dimmed" span style={{ whiteSpace: 'nowrap' }}>
      <IconClock size={14} aria-hidden style={{ verticalAlign: -2 }} />{' '}
      {t('talent.deadlineOn', { date: formatDate(deadline) })}
    </Text>
  );
}
