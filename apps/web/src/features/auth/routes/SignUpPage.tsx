import { Alert, Anchor, Button, Checkbox, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormErrorSummary, fieldErrorsOf, fieldId } from '../../../components/form-errors.tsx';
import { PasswordField } from '../../../components/PasswordField.tsx';
import type { Locale } from '../../../i18n/index.ts';
import { useConsentTexts } from '../../../lib/consents.ts';
import { type Role, SELF_SERVICE_ROLES } from '../../../lib/session.ts';
import { useSignUp } from '../api/useSignUp.ts';
import { AuthPanel } from '../components/AuthPanel.tsx';

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Tomsk';

export function SignUpPage() {
  const { t, i18n } = useTranslation('auth');
  const signUp = useSignUp();
  const consentText = useConsentTexts().data?.processing;
  const form = useForm({
    initialValues: { name: '', email: '', password: '', roles: [] as Role[], consent: false },
    validate: {
      name: (v) => (v.trim() ? null : t('fieldErrors.required')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('fieldErrors.invalid_format')),
      password: (v) => (v.length >= 8 ? null : t('fieldErrors.password.too_small')),
      consent: (v) => (v ? null : t('fieldErrors.consent.invalid_value')),
    },
  });
  const labels = {
    name: t('auth.name'),
    email: t('auth.email'),
    password: t('auth.password'),
    roles: t('auth.roles'),
    consent: t('auth.consent'),
  };

  if (signUp.isSuccess) {
    return (
      <AuthPanel title={t('auth.checkMailTitle')}>
        <Alert color="green" icon={<IconMailCheck aria-hidden />} role="status">
          {t('auth.checkMailText', { email: form.values.email.trim() })}
        </Alert>
        <Text size="sm" c="dimmed">
          {t('auth.checkMailHelp')}
        </Text>
        <Button component={Link} to="/sign-in" variant="default">
          {t('auth.toSignIn')}
        </Button>
      </AuthPanel>
    );
  }

  return (
    <AuthPanel title={t('auth.signUpTitle')} intro={t('auth.signUpIntro')}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          signUp.mutate(
            {
              name: values.name.trim(),
              email: values.email.trim(),
              password: values.password,
              roles: values.roles,
              consent: values.consent,
              locale: i18n.language as Locale,
              timeZone: browserTimeZone(),
            },
            { onError: (err) => form.setErrors(fieldErrorsOf(t, err)) },
          ),
        )}
      >
        <FormErrorSummary error={signUp.error} labels={labels} />
        <Stack>
          <TextInput
            id={fieldId('name')}
            label={labels.name}
            autoComplete="name"
            required
            {...form.getInputProps('name')}
          />
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
            description={t('auth.passwordHelp')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Checkbox.Group
            id={fieldId('roles')}
            label={labels.roles}
            description={t('auth.rolesHelp')}
            {...form.getInputProps('roles')}
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
              {SELF_SERVICE_ROLES.map((r) => (
                <Checkbox key={r} value={r} label={t(`roles.${r}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Checkbox
            id={fieldId('consent')}
            label={labels.consent}
            description={consentText ? (i18n.language === 'en' ? consentText.en : consentText.ru) : undefined}
            {...form.getInputProps('consent', { type: 'checkbox' })}
          />
          <Button type="submit" loading={signUp.isPending} fullWidth>
            {t('auth.signUp')}
          </Button>
          <Text size="sm" ta="center">
            {t('auth.haveAccount')}{' '}
            <Anchor component={Link} to="/sign-in">
              {t('auth.signIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthPanel>
  );
}
