import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormErrorSummary, fieldErrorsOf, fieldId } from '../../../components/form-errors.tsx';
import { useRequestPasswordReset } from '../api/useRequestPasswordReset.ts';
import { AuthPanel } from '../components/AuthPanel.tsx';

export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const request = useRequestPasswordReset();
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('fieldErrors.invalid_format')) },
  });
  if (request.isSuccess) {
    return (
      <AuthPanel title={t('auth.checkMailTitle')}>
        <Alert color="green" icon={<IconMailCheck aria-hidden />} role="status">
          {t('auth.resetSent', { email: form.values.email.trim() })}
        </Alert>
        <Anchor component={Link} to="/sign-in">
          {t('auth.toSignIn')}
        </Anchor>
      </AuthPanel>
    );
  }
  return (
    <AuthPanel title={t('auth.forgotTitle')} intro={t('auth.forgotIntro')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          request.mutate(v.email.trim(), { onError: (err) => form.setErrors(fieldErrorsOf(t, err)) }),
        )}
      >
        <FormErrorSummary error={request.error} labels={{ email: t('auth.email') }} />
        <Stack>
          <TextInput
            id={fieldId('email')}
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <Button type="submit" loading={request.isPending} fullWidth>
            {t('auth.sendLink')}
          </Button>
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('auth.toSignIn')}
          </Anchor>
        </Stack>
      </form>
    </AuthPanel>
  );
}
