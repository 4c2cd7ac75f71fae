import { OPPORTUNITY_KINDS } from '@inohub/contracts/talent/enums';
import { OpportunityBody } from '@inohub/contracts/talent/opportunities';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, fieldId } from '../../../components/form-errors.tsx';
import { todayInTomsk } from '../../../lib/format.ts';
import type { MyEmployer, Opportunity } from '../api/types.ts';
import type { OpportunityRequest } from '../api/useOpportunities.ts';
import { SkillPicker } from './SkillPicker.tsx';
import { nameOf } from './text.ts';
import { asProblem, schemaErrors } from './validate.ts';

export interface PostingValues {
  organizationId: string;
  kind: 'job' | 'internship';
  titleRu: string;
  titleEn: string;
  descriptionRu: string;
  descriptionEn: string;
  requiredSkills: string[];
  niceSkills: string[];
  city: string;
  remote: boolean;
  salaryFrom: number | string;
  salaryTo: number | string;
  positions: number | string;
  deadline: string;
}

/** A month from today: a sensible first deadline. */
function inAMonth(): string {
  const d = new Date(`${todayInTomsk()}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

export function toPostingValues(o: Opportunity | null, organizationId: string): PostingValues {
  return {
    organizationId: o?.employer.id ?? organizationId,
    kind: o?.kind ?? 'internship',
    titleRu: o?.titleRu ?? '',
    titleEn: o?.titleEn ?? '',
    descriptionRu: o?.descriptionRu ?? '',
    descriptionEn: o?.descriptionEn ?? '',
    requiredSkills: o?.requiredSkills.map((s) => s.code) ?? [],
    niceSkills: o?.niceSkills.map((s) => s.code) ?? [],
    city: o?.city ?? 'Томск',
    remote: o?.remote ?? false,
    salaryFrom: o?.salaryFrom ?? '',
    salaryTo: o?.salaryTo ?? '',
    positions: o?.positions ?? 1,
    deadline: o?.deadline ?? inAMonth(),
  };
}

const text = (v: string) => v.trim() || null;
const amount = (v: number | string) => (v === '' || v == null ? null : Math.round(Number(v)));

export function toPostingBody(v: PostingValues): OpportunityRequest {
  return {
    organizationId: v.organizationId,
    kind: v.kind,
    titleRu: text(v.titleRu),
    titleEn: text(v.titleEn),
    descriptionRu: text(v.descriptionRu),
    descriptionEn: text(v.descriptionEn),
    requiredSkills: v.requiredSkills,
    niceSkills: v.niceSkills,
    city: text(v.city),
    remote: v.remote,
    salaryFrom: amount(v.salaryFrom),
    salaryTo: amount(v.salaryTo),
    positions: Number(v.positions) || 1,
    deadline: v.deadline,
  };
}

interface Props {
  opportunity: Opportunity | null;
  employers: readonly MyEmployer[];
  defaultOrganizationId: string;
  pending: boolean;
  error: unknown;
  /** The primary action and, for a new posting, "save and publish" (`publish: true`). */
  submitLabel: string;
  publishLabel?: string;
  onSubmit: (
    body: OpportunityRequest,
    publish: boolean,
    setErrors: (e: Record<string, string>) => void,
  ) => void;
  onCancel: () => void;
}

/** Create and edit a job or internship: what, in which languages, which skills, where, pay, until when. */
export function PostingForm(props: Props) {
  const { opportunity, employers, defaultOrganizationId, pending, error, submitLabel, publishLabel } = props;
  const { t, i18n } = useTranslation('talent');
  const [clientError, setClientError] = useState<unknown>(null);
  const form = useForm<PostingValues>({ initialValues: toPostingValues(opportunity, defaultOrganizationId) });
  const label = (k: string) => t(`talent.postingForm.fields.${k}`);
  const labels = Object.fromEntries(Object.keys(form.values).map((k) => [k, label(k)]));
  const field = (name: keyof PostingValues) => ({
    id: fieldId(name),
    label: label(name),
    ...form.getInputProps(name),
  });
  const sep = i18n.language === 'en' ? ',' : ' ';

  const submit = (publish: boolean) =>
    form.onSubmit((values) => {
      const body = toPostingBody(values);
      const errors = schemaErrors(t, OpportunityBody, body);
      form.setErrors(errors);
      setClientError(asProblem(errors));
      if (Object.keys(errors).length) return;
      props.onSubmit(body, publish, (e) => form.setErrors(e));
    });

  return (
    <form noValidate onSubmit={submit(false)} style={{ maxWidth: 880 }}>
      <FormErrorSummary error={clientError ?? error} labels={labels} />
      <Stack gap="lg" maw={880}>
        <Fieldset legend={t('talent.postingForm.sections.what')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                {...field('organizationId')}
                required
                allowDeselect={false}
                disabled={Boolean(opportunity)}
                description={opportunity ? t('talent.postingForm.companyFixed') : undefined}
                data={employers.map((e) => ({ value: e.organizationId, label: nameOf(i18n.language, e) }))}
              />
              <Stack gap={4}>
                <Text size="sm" fw={500} id="posting-kind-label">
                  {label('kind')}
                </Text>
                <SegmentedControl
                  id={fieldId('kind')}
                  aria-labelledby="posting-kind-label"
                  data={OPPORTUNITY_KINDS.map((k) => ({ value: k, label: t(`talent.kind.${k}`) }))}
                  {...form.getInputProps('kind')}
                />
              </Stack>
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {t('talent.postingForm.languagesHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput {...field('titleRu')} lang="ru" maxLength={200} />
              <TextInput {...field('titleEn')} lang="en" maxLength={200} />
            </SimpleGrid>
            <Textarea {...field('descriptionRu')} lang="ru" autosize minRows={4} maxLength={10000} />
            <Textarea {...field('descriptionEn')} lang="en" autosize minRows={4} maxLength={10000} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('talent.postingForm.sections.skills')}>
          <Stack gap="sm">
            <SkillPicker
              id={fieldId('requiredSkills')}
              label={label('requiredSkills')}
              description={t('talent.postingForm.requiredHelp')}
              value={form.values.requiredSkills}
              onChange={(codes) => form.setFieldValue('requiredSkills', codes)}
              known={opportunity?.requiredSkills ?? []}
              error={form.errors.requiredSkills}
              max={30}
            />
            <SkillPicker
              id={fieldId('niceSkills')}
              label={label('niceSkills')}
              value={form.values.niceSkills}
              onChange={(codes) => form.setFieldValue('niceSkills', codes)}
              known={opportunity?.niceSkills ?? []}
              error={form.errors.niceSkills}
              max={30}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('talent.postingForm.sections.terms')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...field('city')} />
            <Checkbox
              mt={{ base: 0, sm: 30 }}
              {...form.getInputProps('remote', { type: 'checkbox' })}
              id={fieldId('remote')}
              label={label('remote')}
            />
            <NumberInput
              {...field('salaryFrom')}
              min={0}
              allowNegative={false}
              allowDecimal={false}
              thousandSeparator={sep}
              suffix=" ₽"
              description={t('talent.postingForm.salaryHelp')}
            />
            <NumberInput
              {...field('salaryTo')}
              min={0}
              allowNegative={false}
              allowDecimal={false}
              thousandSeparator={sep}
              suffix=" ₽"
            />
            <NumberInput
              {...field('positions')}
              min={1}
              max={10000}
              allowDecimal={false}
              allowNegative={false}
            />
            <TextInput
              {...field('deadline')}
              type="date"
              required
              description={t('talent.postingForm.deadlineHelp')}
            />
          </SimpleGrid>
        </Fieldset>
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {publishLabel && (
            <Button variant="light" loading={pending} onClick={() => submit(true)()}>
              {publishLabel}
            </Button>
          )}
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
