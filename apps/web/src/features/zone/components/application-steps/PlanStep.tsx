import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlanEditor } from '../PlanEditor.tsx';
import type { StepProps } from './form.ts';

/** Step 3: the investment plan by year. */
export function PlanStep({ values, change, errors }: StepProps) {
  const { t } = useTranslation('zone');
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('zone.apply.help.plan')}
      </Text>
      <PlanEditor rows={values.plan} onChange={(plan) => change({ plan })} errors={errors} />
    </Stack>
  );
}
