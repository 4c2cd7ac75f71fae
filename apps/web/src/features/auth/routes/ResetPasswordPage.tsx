import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormErrorSummary, fieldErrorsOf, fieldId } from '../../../components/form-errors.tsx';
import { PasswordField } from '../../../components/PasswordField.tsx';
import { useResetPassword } from '../api/useResetPassword.ts';
import { AuthPanel } from '../components/AuthPanel.tsx';

export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token');
  const reset = useResetPassword();
  const form = useForm({
    initialValues: { newPassword: '', repeat: '' },
    validate: {
      newPassword: (v) => (v.length >= 8 ? null : t('fieldErrors.password.too_small')),
      repeat: (v, values) => (v === values.newPassword ? null : t('auth.passwordsDiffer')),
    },
  });

  if (!token || params.get('error')) {
    return (
      <AuthPanel title={t('auth.resetTitle')}>
        <Alert color="red" role="alert">
          {t('auth.resetLinkInvalid')}
        </Alert>
        <Button component={Link} to="/forgot-password">
          {t('auth.requestNewLink')}
        </Button>
      </AuthPanel>
    );
  }
  const labels = { newPassword: t('auth.newPassword'), repeat: t('auth.repeatPassword') };
  return (
    <AuthPanel title={t('auth.resetTitle')} intro={t('auth.resetIntro')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          reset.mutate(
            { newPassword: v.newPassword, token },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('auth.resetDone') });
                navigate('/sign-in', { replace: true });
              },
              onError: (err) => form.setErrors(fieldErrorsOf(t, err)),
            },
          ),
        )}
      >
        <FormErrorSummary error={reset.error} labels={labels} />
        <Stack>
          <PasswordField
            id={fieldId('newPassword')}
            label={labels.newPassword}
            description={t('auth.passwordHelp')}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordField
            id={fieldId('repeat')}
            label={labels.repeat}
            autoComplete="new-password"
            required
            {...form.getInputProps('repeat')}
          />
          <Button type="submit" loading={reset.isPending} fullWidth>
            {t('auth.setPassword')}
          </Button>
        </Stack>
      </form>
    </AuthPanel>
  );
}
