import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, fieldErrorsOf, fieldId } from '../../../components/form-errors.tsx';
import { applyLocale, type Locale } from '../../../i18n/index.ts';
import type { Me } from '../../../lib/session.ts';
import { useUpdateMe } from '../api/useUpdateMe.ts';

const TIME_ZONES = Intl.supportedValuesOf('timeZone');

/** Name, language and time zone: what the platform uses to address and notify the person. */
export function AccountForm({ me }: { me: Me }) {
  const { t } = useTranslation('profile');
  const update = useUpdateMe();
  const form = useForm({
    initialValues: { name: me.user.name, locale: me.user.locale, timeZone: me.user.timeZone },
    validate: { name: (v) => (v.trim() ? null : t('fieldErrors.required')) },
  });
  const labels = {
    name: t('profile.account.name'),
    locale: t('profile.account.locale'),
    timeZone: t('profile.account.timeZone'),
  };
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        update.mutate(
          { ...values, name: values.name.trim() },
          {
            onSuccess: () => {
              applyLocale(values.locale as Locale);
              form.resetDirty();
              notifications.show({ color: 'green', message: t('profile.saved') });
            },
            onError: (err) => form.setErrors(fieldErrorsOf(t, err)),
          },
        ),
      )}
    >
      <FormErrorSummary error={update.error} labels={labels} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          id={fieldId('name')}
          label={labels.name}
          required
          autoComplete="name"
          {...form.getInputProps('name')}
        />
        <Select
          id={fieldId('locale')}
          label={labels.locale}
          allowDeselect={false}
          data={[
            { value: 'ru', label: 'Русский' },
            { value: 'en', label: 'English' },
          ]}
          {...form.getInputProps('locale')}
        />
        <Select
          id={fieldId('timeZone')}
          label={labels.timeZone}
          description={t('profile.account.timeZoneHelp')}
          searchable
          allowDeselect={false}
          limit={50}
          data={TIME_ZONES}
          {...form.getInputProps('timeZone')}
        />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
