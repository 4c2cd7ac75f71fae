import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormErrorSummary, fieldErrorsOf, fieldId } from '../../../components/form-errors.tsx';
import { PasswordField } from '../../../components/PasswordField.tsx';
import { useSignIn } from '../api/useSignIn.ts';
import { AuthPanel } from '../components/AuthPanel.tsx';
import { safeNext } from '../components/safe-next.ts';

export function SignInPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const signIn = useSignIn();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('fieldErrors.required')),
      password: (v) => (v ? null : t('fieldErrors.required')),
    },
  });
  const labels = { email: t('auth.email'), password: t('auth.password') };
  return (
    <AuthPanel title={t('auth.signInTitle')} intro={t('auth.signInIntro')}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          signIn.mutate(
            { email: values.email.trim(), password: values.password },
            {
              onSuccess: () => navigate(next, { replace: true }),
              onError: (err) => form.setErrors(fieldErrorsOf(t, err)),
            },
          ),
        )}
      >
        <FormErrorSummary error={signIn.error} labels={labels} />
        <Stack>
          <TextInput
            id={fieldId('email')}
            label={labels.email}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordField
            id={fieldId('password')}
            label={labels.password}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth.forgot')}
          </Anchor>
          <Button type="submit" loading={signIn.isPending} fullWidth>
            {t('auth.signIn')}
          </Button>
          <Text size="sm" ta="center">
            {t('auth.noAccount')}{' '}
            <Anchor component={Link} to="/sign-up">
              {t('auth.signUp')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthPanel>
  );
}
