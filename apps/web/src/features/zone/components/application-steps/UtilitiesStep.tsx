import { NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../../components/form-errors.tsx';
import type { StepProps } from './form.ts';

const UTILITIES = ['powerKw', 'waterM3PerDay', 'gasM3PerHour'] as const;

/** Step 4: power, water and gas the project needs. */
export function UtilitiesStep({ values, change, errors }: StepProps) {
  const { t } = useTranslation('zone');
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('zone.apply.help.utilities')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {UTILITIES.map((k) => (
          <NumberInput
            key={k}
            id={fieldId(`utilities.${k}`)}
            label={t(`zone.apply.fields.${k}`)}
            withAsterisk
            min={0}
            decimalScale={2}
            allowNegative={false}
            value={values[k]}
            onChange={(v) => change({ [k]: v })}
            error={errors[`utilities.${k}`]}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
