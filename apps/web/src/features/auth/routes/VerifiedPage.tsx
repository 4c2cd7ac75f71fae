import { Alert, Button, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../../lib/session.ts';
import { AuthPanel } from '../components/AuthPanel.tsx';

/** Where the verification link lands (better-auth redirects here, with ?error= when the link was bad). */
export function VerifiedPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const me = useMe().data;
  if (params.get('error')) {
    return (
      <AuthPanel title={t('auth.verifyFailedTitle')}>
        <Alert color="red" role="alert">
          {t('auth.verifyFailedText')}
        </Alert>
        <Button component={Link} to="/sign-in">
          {t('auth.toSignIn')}
        </Button>
      </AuthPanel>
    );
  }
  return (
    <AuthPanel title={t('auth.verifiedTitle')}>
      <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status">
        {t('auth.verifiedText')}
      </Alert>
      <Stack>
        {me ? (
          <Button component={Link} to="/me">
            {t('auth.toProfile')}
          </Button>
        ) : (
          <Button component={Link} to="/sign-in?next=/me">
            {t('auth.signIn')}
          </Button>
        )}
      </Stack>
    </AuthPanel>
  );
}
