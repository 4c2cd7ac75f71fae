import { LEGAL_FORMS, ORGANIZATION_KINDS, type OrganizationKind } from '@inohub/contracts/directory';
import {
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, fieldId } from '../../../components/form-errors.tsx';
import type { Organization, OrganizationInput } from '../api/types.ts';
import { useSectors } from '../api/useSectors.ts';
import { sectorName } from './names.ts';

type Values = Omit<
  Record<keyof OrganizationInput, string>,
  'sectors' | 'headcount' | 'foundedYear' | 'foreignCapitalPercent'
> & {
  sectors: string[];
  headcount: number | string;
  foundedYear: number | string;
  foreignCapitalPercent: number | string;
};

const TEXT_FIELDS = [
  'name',
  'nameEn',
  'legalName',
  'legalForm',
  'inn',
  'ogrn',
  'registrationMunicipality',
  'city',
  'website',
  'descriptionRu',
  'descriptionEn',
] as const;

function toValues(org?: Organization): Values {
  return {
    kind: org?.kind ?? 'startup',
    name: org?.name ?? '',
    nameEn: org?.nameEn ?? '',
    legalName: org?.legalName ?? '',
    legalForm: org?.legalForm ?? '',
    inn: org?.inn ?? '',
    ogrn: org?.ogrn ?? '',
    registrationMunicipality: org?.registrationMunicipality ?? '',
    city: org?.city ?? 'Томск',
    sectors: org?.sectors.map((s) => s.code) ?? [],
    website: org?.website ?? '',
    descriptionRu: org?.descriptionRu ?? '',
    descriptionEn: org?.descriptionEn ?? '',
    headcount: org?.headcount ?? '',
    foundedYear: org?.foundedYear ?? '',
    foreignCapitalPercent: org?.foreignCapitalPercent ?? 0,
  };
}

const numberOrNull = (v: number | string) => (v === '' ? null : Number(v));

/** The request body: every field for a new organization, only the changed ones for an edit. */
function toInput(values: Values, initial: Values, onlyChanged: boolean): Partial<OrganizationInput> {
  const input: Record<string, unknown> = { kind: values.kind as OrganizationKind, sectors: values.sectors };
  for (const key of TEXT_FIELDS) input[key] = values[key].trim() || null;
  input.city = values.city.trim();
  input.headcount = numberOrNull(values.headcount);
  input.foundedYear = numberOrNull(values.foundedYear);
  input.foreignCapitalPercent = Number(values.foreignCapitalPercent || 0);
  const initialInput = onlyChanged ? toInput(initial, initial, false) : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (
      onlyChanged &&
      JSON.stringify(value) === JSON.stringify((initialInput as Record<string, unknown>)[key])
    )
      continue;
    if (!onlyChanged && value === null) continue;
    out[key] = value;
  }
  return out as Partial<OrganizationInput>;
}

interface Props {
  organization?: Organization;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: Partial<OrganizationInput>, setErrors: (errors: Record<string, string>) => void) => void;
  onCancel: () => void;
}

/** Create and edit an organization, in three short sections. */
export function OrganizationForm({ organization, submitLabel, pending, error, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation('directory');
  const sectors = useSectors();
  const initial = toValues(organization);
  const form = useForm<Values>({
    initialValues: initial,
    validate: {
      name: (v) => (v.trim() ? null : t('fieldErrors.required')),
      city: (v) => (v.trim() ? null : t('fieldErrors.required')),
      inn: (v) => (v.trim() === '' || /^\d{10}(\d{2})?$/.test(v.trim()) ? null : t('orgForm.innFormat')),
      ogrn: (v) => (v.trim() === '' || /^\d{13}(\d{2})?$/.test(v.trim()) ? null : t('orgForm.ogrnFormat')),
    },
  });
  const label = (key: string) => t(`orgForm.fields.${key}`);
  const labels = Object.fromEntries(Object.keys(initial).map((k) => [k, label(k)]));
  const field = (name: keyof Values) => ({
    id: fieldId(name),
    label: label(name),
    ...form.getInputProps(name),
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        onSubmit(toInput(values, initial, Boolean(organization)), (e) => form.setErrors(e)),
      )}
    >
      <FormErrorSummary error={error} labels={labels} />
      <Stack gap="lg">
        <Fieldset legend={t('orgForm.sections.basics')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              {...field('kind')}
              required
              allowDeselect={false}
              data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            />
            <TextInput {...field('city')} required />
            <TextInput {...field('name')} required description={t('orgForm.nameHelp')} />
            <TextInput {...field('nameEn')} description={t('orgForm.nameEnHelp')} lang="en" />
            <MultiSelect
              {...field('sectors')}
              searchable
              data={(sectors.data ?? []).map((s) => ({ value: s.code, label: sectorName(s, i18n.language) }))}
            />
            <TextInput {...field('website')} type="url" placeholder="https://" />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('orgForm.sections.legal')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...field('legalName')} />
            <Select
              {...field('legalForm')}
              clearable
              data={LEGAL_FORMS.map((f) => ({ value: f, label: t(`legalForms.${f}`) }))}
            />
            <TextInput {...field('inn')} inputMode="numeric" description={t('orgForm.innHelp')} />
            <TextInput {...field('ogrn')} inputMode="numeric" description={t('orgForm.ogrnHelp')} />
            <TextInput {...field('registrationMunicipality')} description={t('orgForm.municipalityHelp')} />
            <NumberInput
              {...field('foreignCapitalPercent')}
              min={0}
              max={100}
              suffix=" %"
              description={t('orgForm.foreignHelp')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('orgForm.sections.about')}>
          <Stack>
            <Textarea {...field('descriptionRu')} autosize minRows={3} lang="ru" />
            <Textarea {...field('descriptionEn')} autosize minRows={3} lang="en" />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput {...field('headcount')} min={0} thousandSeparator=" " />
              <NumberInput {...field('foundedYear')} min={1800} max={2100} />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
