import { Button, Group, SimpleGrid } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, fieldErrorsOf, fieldId } from '../../../components/form-errors.tsx';
import { PasswordField } from '../../../components/PasswordField.tsx';
import { useChangePassword } from '../api/useChangePassword.ts';

export function ChangePasswordForm() {
  const { t } = useTranslation(['profile', 'auth'], { nsMode: 'fallback' });
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('fieldErrors.required')),
      newPassword: (v) => (v.length >= 8 ? null : t('fieldErrors.password.too_small')),
    },
  });
  const labels = { currentPassword: t('profile.password.current'), newPassword: t('profile.password.new') };
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        change.mutate(values, {
          onSuccess: () => {
            form.reset();
            notifications.show({ color: 'green', message: t('profile.password.changed') });
          },
          onError: (err) => form.setErrors(fieldErrorsOf(t, err)),
        }),
      )}
    >
      <FormErrorSummary error={change.error} labels={labels} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PasswordField
          id={fieldId('currentPassword')}
          label={labels.currentPassword}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordField
          id={fieldId('newPassword')}
          label={labels.newPassword}
          description={t('auth.passwordHelp')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit" loading={change.isPending}>
          {t('profile.password.submit')}
        </Button>
      </Group>
    </form>
  );
}
