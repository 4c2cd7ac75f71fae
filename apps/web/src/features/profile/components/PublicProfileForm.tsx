import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, fieldErrorsOf, fieldId } from '../../../components/form-errors.tsx';
import { type Profile, PUBLIC_FIELDS, type PublicField } from '../api/types.ts';
import { useSaveProfile } from '../api/useSaveProfile.ts';

type Values = Omit<Profile, 'headline' | 'bio' | 'city'> & { headline: string; bio: string; city: string };

const toValues = (p: Profile): Values => ({
  ...p,
  headline: p.headline ?? '',
  bio: p.bio ?? '',
  city: p.city ?? '',
});
const toProfile = (v: Values): Profile => ({
  ...v,
  headline: v.headline.trim() || null,
  bio: v.bio.trim() || null,
  city: v.city.trim() || null,
  links: v.links
    .filter((l) => l.url.trim())
    .map((l) => ({ label: l.label.trim() || l.url.trim(), url: l.url.trim() })),
});

/** Consent per field (152-FZ): a field is public only when the person ticks it and the profile is shown. */
function Consent({ field, form }: { field: PublicField; form: ReturnType<typeof useForm<Values>> }) {
  const { t } = useTranslation('profile');
  const checked = form.values.publicFields.includes(field);
  return (
    <Checkbox
      size="sm"
      mt={6}
      disabled={!form.values.isPublic}
      label={t('profile.public.showField', { field: t(`profile.fields.${field}`) })}
      checked={checked}
      onChange={(e) =>
        form.setFieldValue(
          'publicFields',
          e.currentTarget.checked
            ? [...form.values.publicFields, field]
            : form.values.publicFields.filter((f) => f !== field),
        )
      }
    />
  );
}

export function PublicProfileForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation('profile');
  const save = useSaveProfile();
  const form = useForm<Values>({ initialValues: toValues(profile) });
  const labels = Object.fromEntries([...PUBLIC_FIELDS, 'isPublic'].map((f) => [f, t(`profile.fields.${f}`)]));

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        save.mutate(toProfile(values), {
          onSuccess: (saved) => {
            form.setValues(toValues(saved));
            form.resetDirty(toValues(saved));
            notifications.show({ color: 'green', message: t('profile.saved') });
          },
          onError: (err) => form.setErrors(fieldErrorsOf(t, err)),
        }),
      )}
    >
      <FormErrorSummary error={save.error} labels={labels} />
      <Stack gap="lg">
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title={t('profile.public.consentTitle')}>
          {t('profile.public.consentText')}
        </Alert>
        <Switch
          id={fieldId('isPublic')}
          label={labels.isPublic}
          description={form.values.isPublic ? t('profile.public.onHelp') : t('profile.public.offHelp')}
          {...form.getInputProps('isPublic', { type: 'checkbox' })}
        />
        <div>
          <TextInput
            id={fieldId('headline')}
            label={labels.headline}
            description={t('profile.public.headlineHelp')}
            {...form.getInputProps('headline')}
          />
          <Consent field="headline" form={form} />
        </div>
        <div>
          <TextInput id={fieldId('city')} label={labels.city} {...form.getInputProps('city')} />
          <Consent field="city" form={form} />
        </div>
        <div>
          <Textarea
            id={fieldId('bio')}
            label={labels.bio}
            autosize
            minRows={3}
            {...form.getInputProps('bio')}
          />
          <Consent field="bio" form={form} />
        </div>
        <div>
          <TagsInput
            id={fieldId('skills')}
            label={labels.skills}
            description={t('profile.public.skillsHelp')}
            {...form.getInputProps('skills')}
          />
          <Consent field="skills" form={form} />
        </div>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={500} size="sm" mb={4}>
            {labels.links}
          </Text>
          <Stack gap="xs">
            {form.values.links.map((_link, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their position is their identity
              <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
                <TextInput
                  id={fieldId(`links.${i}.label`)}
                  aria-label={t('profile.public.linkLabel', { n: i + 1 })}
                  placeholder={t('profile.public.linkLabelPlaceholder')}
                  style={{ flex: 1 }}
                  {...form.getInputProps(`links.${i}.label`)}
                />
                <TextInput
                  id={fieldId(`links.${i}.url`)}
                  aria-label={t('profile.public.linkUrl', { n: i + 1 })}
                  placeholder="https://"
                  type="url"
                  style={{ flex: 2 }}
                  {...form.getInputProps(`links.${i}.url`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('profile.public.removeLink', { n: i + 1 })}
                  onClick={() => form.removeListItem('links', i)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => form.insertListItem('links', { label: '', url: '' })}
                disabled={form.values.links.length >= 10}
              >
                {t('profile.public.addLink')}
              </Button>
            </Group>
          </Stack>
          <Consent field="links" form={form} />
        </fieldset>
        <div>
          <Text fw={500} size="sm">
            {labels.organizations}
          </Text>
          <Text size="sm" c="dimmed">
            {t('profile.public.organizationsHelp')}
          </Text>
          <Consent field="organizations" form={form} />
        </div>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
