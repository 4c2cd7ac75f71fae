import { Alert, Button, Loader, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AuthPanel } from '../components/AuthPanel.tsx';

/**
 * `/verify-email?token=…`: hands the token to the server, which confirms the address and
 * redirects to /verified. Without a token it explains where the link is.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const token = params.get('token');
  useEffect(() => {
    if (token) {
      window.location.replace(
        `/api/auth/verify-email?token=${encodeURIComponent(token)}&callbackURL=${encodeURIComponent('/verified')}`,
      );
    }
  }, [token]);
  if (token) {
    return (
      <AuthPanel title={t('auth.verifyingTitle')}>
        <Stack align="center">
          <Loader aria-label={t('common.loading')} />
        </Stack>
      </AuthPanel>
    );
  }
  return (
    <AuthPanel title={t('auth.verifyTitle')}>
      <Alert color="blue" role="status">
        {t('auth.verifyText')}
      </Alert>
      <Button component={Link} to="/sign-in" variant="default">
        {t('auth.toSignIn')}
      </Button>
    </AuthPanel>
  );
}
