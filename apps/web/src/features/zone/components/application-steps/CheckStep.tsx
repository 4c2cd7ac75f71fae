import type { Wire } from '@inohub/contracts/wire';
import type { RuleResultView } from '@inohub/contracts/zone/eligibility';
import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../../components/form-errors.tsx';
import { ErrorState } from '../../../../components/QueryStatus.tsx';
import { EligibilityPanel } from '../EligibilityPanel.tsx';
import { zoneProblem } from '../names.ts';
import type { StepProps } from './form.ts';

/** Step 6: the proportionality commitment, the eligibility check (E1–E7) and the submission. */
export function CheckStep({
  values,
  change,
  organizationId,
  resubmission,
  results,
  onFix,
  check,
  submit,
}: Omit<StepProps, 'errors'> & {
  organizationId: string;
  /** The application went back for revision: the button says "submit again". */
  resubmission: boolean;
  /** The last check's verdicts (from the check, a refused submission, or the saved application). */
  results: Wire<typeof RuleResultView>[] | null;
  /** Go to the step that fixes a rule. */
  onFix: (step: number) => void;
  check: { run: () => void; pending: boolean; error: unknown };
  submit: {
    run: () => void;
    pending: boolean;
    error: unknown;
    /** The server refused because a mandatory rule fails (`zone.eligibility_failed`). */
    blocked: boolean;
  };
}) {
  const { t } = useTranslation('zone');
  return (
    <Stack gap="md">
      <Checkbox
        id={fieldId('proportionalityAcknowledged')}
        label={t('zone.apply.fields.proportionality')}
        description={t('zone.apply.help.proportionality')}
        checked={values.proportionalityAcknowledged}
        onChange={(e) => change({ proportionalityAcknowledged: e.currentTarget.checked })}
      />
      <Group>
        <Button variant="default" onClick={check.run} loading={check.pending}>
          {t('zone.apply.runCheck')}
        </Button>
      </Group>
      {check.error != null && <ErrorState error={check.error} onRetry={check.run} />}
      {results && <EligibilityPanel results={results} organizationId={organizationId} onFix={onFix} />}
      {submit.error != null && !submit.blocked && (
        <Alert color="red" role="alert" title={zoneProblem(t, submit.error)} />
      )}
      {submit.blocked && (
        <Alert color="red" role="alert" title={t('zone.apply.submitBlocked')}>
          {t('zone.apply.submitBlockedText')}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('zone.apply.submitTitle')}
          </Title>
          <Text size="sm">{t('zone.apply.submitText')}</Text>
          <Group>
            <Button
              leftSection={<IconSend size={16} aria-hidden />}
              onClick={submit.run}
              loading={submit.pending}
            >
              {resubmission ? t('zone.apply.resubmit') : t('zone.apply.submit')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
