import type { Wire } from '@inohub/contracts/wire';
import { UNIT_KINDS, type UnitKind, type VacancyView } from '@inohub/contracts/zone/space';
import { MultiSelect, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldId } from '../../../../components/form-errors.tsx';
import { formatArea, formatMoney } from '../../../../lib/format.ts';
import { pick } from '../names.ts';
import type { StepProps } from './form.ts';

/** Step 2: premises — an area of some kind, or particular vacant units — and land. */
export function SpaceStep({
  values,
  change,
  errors,
  vacancies,
}: StepProps & {
  /** Units vacant now; a unit already chosen but no longer listed is shown as held. */
  vacancies: readonly Wire<typeof VacancyView>[];
}) {
  const { t, i18n } = useTranslation('zone');
  const lang = i18n.language;
  const known = new Set(vacancies.map((u) => u.id));
  const unitOptions = [
    ...vacancies.map((u) => ({
      value: u.id,
      label: `${pick(lang, u.buildingNameRu, u.buildingNameEn)}, ${t('zone.space.unitCode', { code: u.code })} · ${t(`zone.unitKind.${u.kind}`)} · ${formatArea(u.areaM2, lang)} · ${formatMoney(u.monthlyRentKopecks)}/${t('zone.apply.month')}`,
    })),
    ...values.requestedUnitIds
      .filter((u) => !known.has(u))
      .map((u) => ({ value: u, label: t('zone.apply.unitHeld') })),
  ];
  return (
    <Stack gap="md">
      <div>
        <Text fw={500} size="sm" mb={4} id="space-mode-label">
          {t('zone.apply.fields.spaceMode')}
        </Text>
        <SegmentedControl
          aria-labelledby="space-mode-label"
          value={values.spaceMode}
          onChange={(v) => change({ spaceMode: v as 'area' | 'units' })}
          data={[
            { value: 'area', label: t('zone.apply.spaceArea') },
            { value: 'units', label: t('zone.apply.spaceUnits') },
          ]}
        />
      </div>
      {values.spaceMode === 'units' ? (
        <MultiSelect
          id={fieldId('requestedUnitIds')}
          label={t('zone.apply.fields.requestedUnitIds')}
          description={t('zone.apply.help.requestedUnitIds')}
          searchable
          data={unitOptions}
          value={values.requestedUnitIds}
          onChange={(v) => change({ requestedUnitIds: v })}
          nothingFoundMessage={t('zone.apply.noUnits')}
          error={errors.requestedUnitIds}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            id={fieldId('requestedUnitKind')}
            label={t('zone.apply.fields.requestedUnitKind')}
            data={UNIT_KINDS.map((k) => ({ value: k, label: t(`zone.unitKind.${k}`) }))}
            value={values.requestedUnitKind}
            onChange={(v) => change({ requestedUnitKind: v as UnitKind | null })}
            clearable
          />
          <NumberInput
            id={fieldId('requestedAreaM2')}
            label={t('zone.apply.fields.requestedAreaM2')}
            description={t('zone.apply.help.requestedAreaM2')}
            min={0}
            allowNegative={false}
            value={values.requestedAreaM2}
            onChange={(v) => change({ requestedAreaM2: v })}
            error={errors.requestedAreaM2}
          />
        </SimpleGrid>
      )}
      <NumberInput
        id={fieldId('requestedLandHa')}
        label={t('zone.apply.fields.requestedLandHa')}
        description={t('zone.apply.help.requestedLandHa')}
        min={0}
        decimalScale={2}
        allowNegative={false}
        value={values.requestedLandHa}
        onChange={(v) => change({ requestedLandHa: v })}
        error={errors.requestedLandHa}
        maw={320}
      />
      <Text size="sm">
        <Link to="/zone/space" target="_blank">
          {t('zone.apply.seeVacancies')}
        </Link>
      </Text>
    </Stack>
  );
}
