import { OUTCOME_STATUSES, type OutcomeStatus } from '@inohub/contracts/talent/enums';
import type { OutcomeBody } from '@inohub/contracts/talent/outcomes';
import { Button, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormErrorSummary, fieldErrorsOf, fieldId } from '../../../components/form-errors.tsx';
import { todayInTomsk } from '../../../lib/format.ts';
import { useRegions } from '../api/useSurvey.ts';
import { pick } from './names.ts';

/** Statuses that are work somewhere, and so need a place (docs/domain/talent.md, "Outcomes"). */
export const WORKING: readonly OutcomeStatus[] = ['employed', 'self_employed', 'entrepreneur'];

/** Countries offered besides Russia: the CIS first (the outflow splits them out), then common destinations. */
const COUNTRIES = [
  'KZ',
  'KG',
  'UZ',
  'TJ',
  'TM',
  'BY',
  'AM',
  'AZ',
  'MD',
  'CN',
  'DE',
  'US',
  'GB',
  'AE',
  'TR',
  'RS',
  'GE',
  'IL',
  'FR',
  'IT',
  'ES',
  'NL',
  'FI',
  'PL',
  'CZ',
  'CA',
  'JP',
  'KR',
  'VN',
  'TH',
  'IN',
  'MN',
  'SG',
  'CY',
  'PT',
  'SE',
  'CH',
  'AT',
  'AU',
];

interface Values {
  outcome: {
    status: OutcomeStatus | '';
    employerName: string;
    city: string;
    country: string;
    regionCode: string;
    occupation: string;
    inProfile: '' | 'yes' | 'no';
    observedOn: string;
  };
}

interface Props {
  /** Sends the answer; `onError` puts the server's field errors beside their fields. */
  onSubmit: (outcome: z.input<typeof OutcomeBody>, onError: (error: unknown) => void) => void;
  pending: boolean;
  error: unknown;
}

/** The short outcome form of the survey: what the graduate does now, and where. */
export function OutcomeForm({ onSubmit, pending, error }: Props) {
  const { t, i18n } = useTranslation('careers');
  const lang = i18n.language;
  const regions = useRegions();
  const countryName = new Intl.DisplayNames([lang === 'en' ? 'en' : 'ru'], { type: 'region' });
  const form = useForm<Values>({
    initialValues: {
      outcome: {
        status: '',
        employerName: '',
        city: '',
        country: 'RU',
        regionCode: '',
        occupation: '',
        inProfile: '',
        observedOn: todayInTomsk(),
      },
    },
    validate: {
      outcome: {
        status: (v) => (v ? null : t('careers.survey.statusRequired')),
        regionCode: (v, values) =>
          WORKING.includes(values.outcome.status as OutcomeStatus) && values.outcome.country === 'RU' && !v
            ? t('careers.survey.regionRequired')
            : null,
        observedOn: (v) =>
          !v ? t('careers.survey.dateRequired') : v > todayInTomsk() ? t('careers.survey.dateFuture') : null,
      },
    },
  });
  const o = form.values.outcome;
  const working = WORKING.includes(o.status as OutcomeStatus);
  const labels: Record<string, string> = {
    'outcome.status': t('careers.survey.status'),
    'outcome.employerName': t('careers.survey.employer'),
    'outcome.city': t('careers.survey.city'),
    'outcome.country': t('careers.survey.country'),
    'outcome.regionCode': t('careers.survey.region'),
    'outcome.occupation': t('careers.survey.occupation'),
    'outcome.inProfile': t('careers.survey.inProfile'),
    'outcome.observedOn': t('careers.survey.observedOn'),
  };
  const field = (name: keyof Values['outcome']) => ({
    id: fieldId(`outcome.${name}`),
    label: labels[`outcome.${name}`],
    ...form.getInputProps(`outcome.${name}`),
  });
  const text = (v: string) => (v.trim() ? v.trim() : null);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        const w = WORKING.includes(v.outcome.status as OutcomeStatus);
        onSubmit(
          {
            status: v.outcome.status as OutcomeStatus,
            employerName: w ? text(v.outcome.employerName) : null,
            city: w ? text(v.outcome.city) : null,
            country: w ? v.outcome.country : 'RU',
            regionCode: w && v.outcome.country === 'RU' ? v.outcome.regionCode || null : null,
            occupation: w ? text(v.outcome.occupation) : null,
            inProfile: w && v.outcome.inProfile ? v.outcome.inProfile === 'yes' : null,
            observedOn: v.outcome.observedOn,
          },
          (err) => form.setErrors(fieldErrorsOf(t, err)),
        );
      })}
    >
      <FormErrorSummary error={error} labels={labels} />
      <Stack gap="md">
        <Select
          {...field('status')}
          withAsterisk
          data={OUTCOME_STATUSES.map((s) => ({ value: s, label: t(`careers.outcomeStatus.${s}`) }))}
          allowDeselect={false}
          placeholder={t('careers.survey.statusPlaceholder')}
        />
        {working && (
          <>
            <TextInput
              {...field('employerName')}
              description={t('careers.survey.employerHelp')}
              maxLength={300}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                {...field('country')}
                data={[
                  { value: 'RU', label: countryName.of('RU') ?? 'RU' },
                  ...COUNTRIES.map((c) => ({ value: c, label: countryName.of(c) ?? c })),
                ]}
                allowDeselect={false}
                searchable
              />
              {o.country === 'RU' && (
                <Select
                  {...field('regionCode')}
                  withAsterisk
                  data={(regions.data ?? []).map((r) => ({
                    value: r.code,
                    label: pick(lang, r.nameRu, r.nameEn),
                  }))}
                  searchable
                  placeholder={
                    regions.isError
                      ? t('careers.survey.regionsFailed')
                      : t('careers.survey.regionPlaceholder')
                  }
                  nothingFoundMessage={t('careers.survey.noRegion')}
                />
              )}
            </SimpleGrid>
            <TextInput {...field('city')} maxLength={100} />
            <TextInput
              {...field('occupation')}
              description={t('careers.survey.occupationHelp')}
              maxLength={200}
            />
            <Radio.Group {...field('inProfile')} description={t('careers.survey.inProfileHelp')}>
              <Stack gap={6} mt={6}>
                <Radio value="yes" label={t('careers.survey.yes')} />
                <Radio value="no" label={t('careers.survey.no')} />
                <Radio value="" label={t('careers.survey.hardToSay')} />
              </Stack>
            </Radio.Group>
          </>
        )}
        <TextInput
          {...field('observedOn')}
          type="date"
          withAsterisk
          max={todayInTomsk()}
          description={t('careers.survey.observedOnHelp')}
          w={{ base: '100%', sm: 220 }}
        />
        <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          {t('careers.survey.submit')}
        </Button>
      </Stack>
    </form>
  );
}
