import type { Wire } from '@inohub/contracts/wire';
import type { ActivityView } from '@inohub/contracts/zone/eligibility';
import { MultiSelect, Select, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../../components/form-errors.tsx';
import { pick } from '../names.ts';
import type { StepProps } from './form.ts';

/** Step 1: what the company will do in the zone, its activity codes and focus area. */
export function ActivityStep({
  values,
  change,
  errors,
  activities,
  focusAreas,
}: StepProps & {
  /** The zone's permitted activities in force. */
  activities: readonly Wire<typeof ActivityView>[];
  /** The focus areas the zone's rule E7 accepts. */
  focusAreas: readonly string[];
}) {
  const { t, i18n } = useTranslation('zone');
  const activityOptions = activities.map((x) => ({
    value: x.code,
    label: `${pick(i18n.language, x.nameRu, x.nameEn)} (${x.code})${x.requiresCouncilDecision ? ` — ${t('zone.apply.councilNeeded')}` : ''}`,
  }));
  // A focus area saved earlier stays selectable even if the zone no longer lists it.
  const areas =
    values.focusArea && !focusAreas.includes(values.focusArea)
      ? [...focusAreas, values.focusArea]
      : focusAreas;
  return (
    <Stack gap="md">
      <Textarea
        id={fieldId('activityDescription')}
        label={t('zone.apply.fields.activityDescription')}
        description={t('zone.apply.help.activityDescription')}
        withAsterisk
        autosize
        minRows={5}
        value={values.activityDescription}
        onChange={(e) => change({ activityDescription: e.currentTarget.value })}
        error={errors.activityDescription}
      />
      <MultiSelect
        id={fieldId('declaredActivities')}
        label={t('zone.apply.fields.declaredActivities')}
        description={t('zone.apply.help.declaredActivities')}
        withAsterisk
        searchable
        data={activityOptions}
        value={values.declaredActivities}
        onChange={(v) => change({ declaredActivities: v })}
        error={errors.declaredActivities}
        nothingFoundMessage={t('zone.apply.nothingFound')}
      />
      <Select
        id={fieldId('focusArea')}
        label={t('zone.apply.fields.focusArea')}
        description={t('zone.apply.help.focusArea')}
        clearable
        data={areas.map((f) => ({ value: f, label: t(`zone.focus.${f}`, { defaultValue: f }) }))}
        value={values.focusArea}
        onChange={(v) => change({ focusArea: v })}
        error={errors.focusArea}
      />
    </Stack>
  );
}
