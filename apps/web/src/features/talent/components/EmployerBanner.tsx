import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconClock, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import type { MyEmployer } from '../api/types.ts';
import { useRequestApproval } from '../api/useEmployers.ts';
import { nameOf, talentProblem } from './text.ts';

/**
 * The company's standing as an employer: postings go public only once a career office or the hub
 * approved it (docs/domain/talent.md, "Employers"), so the banner says what to do next.
 */
export function EmployerBanner({ employer }: { employer: MyEmployer }) {
  const { t, i18n } = useTranslation('talent');
  const request = useRequestApproval();
  const name = nameOf(i18n.language, employer);
  const ask = (
    <Button
      size="xs"
      loading={request.isPending}
      onClick={() =>
        request.mutate(employer.organizationId, {
          onSuccess: () => notifications.show({ color: 'teal', message: t('talent.employer.requested') }),
        })
      }
    >
      {t('talent.employer.request')}
    </Button>
  );
  const failure = request.isError && (
    <Text size="sm" c="red.8" role="alert">
      {talentProblem(t, request.error)}
    </Text>
  );
  const note = employer.decisionNote && (
    <Text size="sm">
      {t('talent.employer.note')} «{employer.decisionNote}»
    </Text>
  );
  switch (employer.status) {
    case 'approved':
      return (
        <Alert
          color="teal"
          icon={<IconCircleCheck aria-hidden />}
          title={t('talent.employer.approvedTitle', { name })}
        >
          {employer.decidedAt
            ? t('talent.employer.approvedText', { date: formatDate(employer.decidedAt) })
            : t('talent.employer.approvedTextNoDate')}
        </Alert>
      );
    case 'pending':
      return (
        <Alert
          color="yellow"
          icon={<IconClock aria-hidden />}
          title={t('talent.employer.pendingTitle', { name })}
        >
          {t('talent.employer.pendingText')}
        </Alert>
      );
    case 'suspended':
      return (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('talent.employer.suspendedTitle', { name })}
        >
          <Stack gap="xs">
            {t('talent.employer.suspendedText')}
            {note}
          </Stack>
        </Alert>
      );
    case 'rejected':
      return (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('talent.employer.rejectedTitle', { name })}
        >
          <Stack gap="xs" align="flex-start">
            {t('talent.employer.rejectedText')}
            {note}
            {ask}
            {failure}
          </Stack>
        </Alert>
      );
    default:
      return (
        <Alert
          color="blue"
          icon={<IconInfoCircle aria-hidden />}
          title={t('talent.employer.noneTitle', { name })}
        >
          <Stack gap="xs" align="flex-start">
            {t('talent.employer.noneText')}
            {ask}
            {failure}
          </Stack>
        </Alert>
      );
  }
}
