import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from './PageHeader.tsx';
import { EmptyState } from './QueryStatus.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <EmptyState
        title={t('notFound.heading')}
        text={t('notFound.text')}
        action={
          <Button component={Link} to="/">
            {t('notFound.home')}
          </Button>
        }
      />
    </>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <EmptyState
        title={t('forbidden.heading')}
        text={t('forbidden.text')}
        action={
          <Button component={Link} to="/">
            {t('notFound.home')}
          </Button>
        }
      />
    </>
  );
}

/** A page that threw while rendering: the frame stays, with a way forward. */
export function CrashPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('crash.title')} />
      <EmptyState
        title={t('crash.heading')}
        text={t('crash.text')}
        action={
          <>
            <Button onClick={() => window.location.reload()}>{t('crash.reload')}</Button>
            <Button component={Link} to="/" variant="default">
              {t('notFound.home')}
            </Button>
          </>
        }
      />
    </>
  );
}
