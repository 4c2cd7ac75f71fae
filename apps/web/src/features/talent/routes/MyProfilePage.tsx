import {
  DEGREES,
  LANGUAGE_LEVELS,
  type LanguageLevel,
  STUDENT_STATUSES,
  type Visibility,
} from '@inohub/contracts/talent/enums';
import { ProfileBody } from '@inohub/contracts/talent/profiles';
import {
  ActionIcon,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormErrorSummary, fieldErrorsOf, fieldId } from '../../../components/form-errors.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session.ts';
import type { Profile } from '../api/types.ts';
import { type ProfileRequest, useMyTalentProfile, useSaveTalentProfile } from '../api/useProfile.ts';
import { useUniversities } from '../api/useUniversities.ts';
import { CvUpload } from '../components/CvUpload.tsx';
import { SkillPicker } from '../components/SkillPicker.tsx';
import { nameOf } from '../components/text.ts';
import { VisibilityField } from '../components/VisibilityField.tsx';
import { asProblem, schemaErrors } from '../components/validate.ts';
import { consentsFor } from '../components/visibility.ts';

/** Languages people list most often; the names come from `Intl` in the reader's language. */
const LANGUAGE_CODES = [
  'ru',
  'en',
  'de',
  'fr',
  'es',
  'it',
  'zh',
  'ja',
  'ko',
  'kk',
  'uz',
  'ky',
  'tg',
  'mn',
  'tr',
  'ar',
  'pt',
];

interface Values {
  fullName: string;
  universityId: string | null;
  faculty: string;
  program: string;
  programCode: string;
  degree: string | null;
  studyStartYear: number | string;
  graduationYear: number | string;
  status: string;
  city: string;
  headline: string;
  about: string;
  skills: string[];
  languages: Array<{ code: string; level: string }>;
  links: Array<{ label: string; url: string }>;
  prefersRegion: boolean;
  openToRelocation: boolean;
  openToRemote: boolean;
  visibility: Visibility;
}

function toValues(p: Profile | null, name: string): Values {
  return {
    fullName: p?.fullName ?? name,
    universityId: p?.university?.id ?? null,
    faculty: p?.faculty ?? '',
    program: p?.program ?? '',
    programCode: p?.programCode ?? '',
    degree: p?.degree ?? null,
    studyStartYear: p?.studyStartYear ?? '',
    graduationYear: p?.graduationYear ?? '',
    status: p?.status ?? 'student',
    city: p?.city ?? '',
    headline: p?.headline ?? '',
    about: p?.about ?? '',
    skills: p?.skills.map((s) => s.code) ?? [],
    languages: p?.languages.map((l) => ({ code: l.code, level: l.level })) ?? [],
    links: p?.links.map((l) => ({ label: l.label, url: l.url })) ?? [],
    prefersRegion: p?.prefersRegion ?? false,
    openToRelocation: p?.openToRelocation ?? false,
    openToRemote: p?.openToRemote ?? false,
    visibility: p?.visibility ?? 'hidden',
  };
}

const text = (v: string) => v.trim() || null;
const year = (v: number | string) => (v === '' || v == null ? null : Number(v));

function toBody(v: Values): ProfileRequest {
  return {
    fullName: v.fullName.trim(),
    universityId: v.universityId || null,
    faculty: text(v.faculty),
    program: text(v.program),
    programCode: text(v.programCode),
    degree: (v.degree || null) as ProfileRequest['degree'],
    studyStartYear: year(v.studyStartYear),
    graduationYear: year(v.graduationYear),
    status: v.status as ProfileRequest['status'],
    city: text(v.city),
    headline: text(v.headline),
    about: text(v.about),
    skills: v.skills,
    languages: v.languages.map((l) => ({ code: l.code, level: l.level as LanguageLevel })),
    links: v.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
    prefersRegion: v.prefersRegion,
    openToRelocation: v.openToRelocation,
    openToRemote: v.openToRemote,
    visibility: v.visibility,
  };
}

function ProfileForm({ profile }: { profile: Profile | null }) {
  const { t, i18n } = useTranslation('talent');
  const lang = i18n.language;
  const me = useMe().data;
  const universities = useUniversities();
  const save = useSaveTalentProfile();
  const [agreed, setAgreed] = useState(false);
  const [agreeError, setAgreeError] = useState<string | undefined>();
  const [clientError, setClientError] = useState<unknown>(null);
  const saved: Visibility = profile?.visibility ?? 'hidden';
  const form = useForm<Values>({ initialValues: toValues(profile, me?.user.name ?? '') });
  const v = form.values;
  const label = (k: string) => t(`talent.profileForm.fields.${k}`);
  const labels: Record<string, string> = Object.fromEntries(
    [
      'fullName',
      'universityId',
      'faculty',
      'program',
      'programCode',
      'degree',
      'studyStartYear',
      'graduationYear',
      'status',
      'city',
      'headline',
      'about',
      'skills',
      'visibility',
    ].map((k) => [k, label(k)]),
  );
  labels.consent = t('talent.profileForm.consentTitle');
  v.links.forEach((_, i) => {
    labels[`links.${i}.label`] = `${t('talent.profileForm.linkLabel')} ${i + 1}`;
    labels[`links.${i}.url`] = `${t('talent.profileForm.linkUrl')} ${i + 1}`;
  });
  const field = (name: keyof Values) => ({
    id: fieldId(name),
    label: label(name),
    ...form.getInputProps(name),
  });
  const languageNames = new Intl.DisplayNames([lang], { type: 'language' });
  const languageOptions = LANGUAGE_CODES.map((c) => ({ value: c, label: languageNames.of(c) ?? c }));

  const submit = form.onSubmit((values) => {
    const body = toBody(values);
    const errors = schemaErrors(t, ProfileBody, body);
    form.setErrors(errors);
    const needsConsent = consentsFor(saved, values.visibility).length > 0;
    const consentError = needsConsent && !agreed ? t('talent.profileForm.consentRequired') : undefined;
    setAgreeError(consentError);
    setClientError(asProblem(consentError ? { ...errors, consent: consentError } : errors));
    if (Object.keys(errors).length || (needsConsent && !agreed)) return;
    save.mutate(body, {
      onSuccess: (p) => {
        form.resetDirty(toValues(p, ''));
        setAgreed(false);
        notifications.show({ color: 'teal', message: t('talent.profileForm.saved') });
      },
      onError: (err) => form.setErrors(fieldErrorsOf(t, err)),
    });
  });

  return (
    <form noValidate onSubmit={submit} style={{ maxWidth: 880 }}>
      <FormErrorSummary error={clientError ?? save.error} labels={labels} />
      <Stack gap="lg" maw={880}>
        <Fieldset legend={t('talent.profileForm.sections.studies')}>
          <Stack gap="sm">
            <TextInput {...field('fullName')} required />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                {...field('universityId')}
                searchable
                clearable
                placeholder={t('talent.profileForm.chooseUniversity')}
                nothingFoundMessage={t('talent.profileForm.noUniversity')}
                data={(universities.data?.items ?? []).map((u) => ({ value: u.id, label: nameOf(lang, u) }))}
              />
              <Select
                {...field('status')}
                allowDeselect={false}
                data={STUDENT_STATUSES.map((s) => ({ value: s, label: t(`talent.studentStatus.${s}`) }))}
              />
              <TextInput {...field('faculty')} />
              <TextInput {...field('program')} />
              <TextInput
                {...field('programCode')}
                placeholder="09.03.04"
                description={t('talent.profileForm.programCodeHelp')}
                inputMode="numeric"
              />
              <Select
                {...field('degree')}
                clearable
                data={DEGREES.map((d) => ({ value: d, label: t(`talent.degree.${d}`) }))}
              />
              <NumberInput {...field('studyStartYear')} min={1950} max={2100} thousandSeparator="" />
              <NumberInput {...field('graduationYear')} min={1950} max={2100} thousandSeparator="" />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('talent.profileForm.sections.about')}>
          <Stack gap="sm">
            <TextInput
              {...field('headline')}
              description={t('talent.profileForm.headlineHelp')}
              maxLength={160}
            />
            <Textarea {...field('about')} autosize minRows={3} maxLength={4000} />
            <TextInput {...field('city')} placeholder={t('talent.profileForm.cityPlaceholder')} />
            <SkillPicker
              id={fieldId('skills')}
              label={label('skills')}
              description={t('talent.profileForm.skillsHelp')}
              value={v.skills}
              onChange={(codes) => form.setFieldValue('skills', codes)}
              known={profile?.skills ?? []}
              error={form.errors.skills}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('talent.profileForm.sections.languages')}>
          <Stack gap="sm">
            {v.languages.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('talent.profileForm.noLanguages')}
              </Text>
            )}
            {v.languages.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
              <Group key={i} align="flex-end" gap="sm" wrap="nowrap">
                <Select
                  id={fieldId(`languages.${i}.code`)}
                  label={t('talent.profileForm.language')}
                  searchable
                  allowDeselect={false}
                  data={languageOptions}
                  style={{ flex: 2 }}
                  {...form.getInputProps(`languages.${i}.code`)}
                />
                <Select
                  id={fieldId(`languages.${i}.level`)}
                  label={t('talent.profileForm.level')}
                  allowDeselect={false}
                  data={LANGUAGE_LEVELS.map((lv) => ({ value: lv, label: t(`talent.languageLevel.${lv}`) }))}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`languages.${i}.level`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={2}
                  aria-label={t('talent.profileForm.removeLanguage', {
                    name: languageNames.of(l.code) ?? l.code,
                  })}
                  onClick={() => form.removeListItem('languages', i)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <div>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                disabled={v.languages.length >= 10}
                onClick={() =>
                  form.insertListItem('languages', {
                    code: v.languages.some((l) => l.code === 'en') ? 'de' : 'en',
                    level: 'B1',
                  })
                }
              >
                {t('talent.profileForm.addLanguage')}
              </Button>
            </div>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('talent.profileForm.sections.links')}>
          <Stack gap="sm">
            {v.links.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('talent.profileForm.noLinks')}
              </Text>
            )}
            {v.links.map((_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
              <Group key={i} align="flex-start" gap="sm" wrap="wrap">
                <TextInput
                  id={fieldId(`links.${i}.label`)}
                  label={t('talent.profileForm.linkLabel')}
                  placeholder="GitHub"
                  style={{ flex: '1 1 160px' }}
                  {...form.getInputProps(`links.${i}.label`)}
                />
                <TextInput
                  id={fieldId(`links.${i}.url`)}
                  label={t('talent.profileForm.linkUrl')}
                  placeholder="https://"
                  type="url"
                  style={{ flex: '3 1 240px' }}
                  {...form.getInputProps(`links.${i}.url`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mt={26}
                  aria-label={t('talent.profileForm.removeLink', { n: i + 1 })}
                  onClick={() => form.removeListItem('links', i)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <div>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                disabled={v.links.length >= 10}
                onClick={() => form.insertListItem('links', { label: '', url: '' })}
              >
                {t('talent.profileForm.addLink')}
              </Button>
            </div>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('talent.profileForm.sections.preferences')}>
          <Stack gap="xs">
            <Checkbox
              {...form.getInputProps('prefersRegion', { type: 'checkbox' })}
              label={label('prefersRegion')}
            />
            <Checkbox
              {...form.getInputProps('openToRelocation', { type: 'checkbox' })}
              label={label('openToRelocation')}
            />
            <Checkbox
              {...form.getInputProps('openToRemote', { type: 'checkbox' })}
              label={label('openToRemote')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('talent.profileForm.sections.visibility')}>
          <VisibilityField
            saved={saved}
            value={v.visibility}
            onChange={(next) => {
              form.setFieldValue('visibility', next);
              setAgreeError(undefined);
            }}
            agreed={agreed}
            onAgree={(a) => {
              setAgreed(a);
              if (a) setAgreeError(undefined);
            }}
            agreeError={agreeError}
          />
        </Fieldset>

        <Group>
          <Button type="submit" loading={save.isPending}>
            {profile ? t('talent.profileForm.save') : t('talent.profileForm.create')}
          </Button>
          {profile && (
            <Anchor component={Link} to={`/talent/profiles/${profile.id}`}>
              {t('talent.profileForm.preview')}
            </Anchor>
          )}
        </Group>

        <Fieldset legend={t('talent.profileForm.sections.cv')}>
          <CvUpload profile={profile} />
        </Fieldset>
      </Stack>
    </form>
  );
}

/** The student's or graduate's own talent profile: studies, skills, languages, links, wishes, visibility, CV. */
export function MyProfilePage() {
  const { t } = useTranslation('talent');
  const profile = useMyTalentProfile();
  const title = t('talent.profileForm.title');
  if (profile.isPending)
    return (
      <>
        <PageHeader title={title} />
        <LoadingState rows={10} />
      </>
    );
  if (profile.isError)
    return (
      <>
        <PageHeader title={title} />
        <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
      </>
    );
  const p = profile.data.profile;
  return (
    <>
      <PageHeader
        title={title}
        description={
          p
            ? t('talent.profileForm.updated', { date: formatDateTime(p.updatedAt) })
            : t('talent.profileForm.introNew')
        }
      />
      {p?.source === 'import' && (
        <Text size="sm" c="dimmed" mb="md">
          {t('talent.profileForm.imported')}
        </Text>
      )}
      <ProfileForm profile={p} />
    </>
  );
}
