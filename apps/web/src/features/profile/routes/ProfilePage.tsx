import { Badge, Button, Group, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { Section } from '../../../components/Section.tsx';
import { type Me, useMe } from '../../../lib/session.ts';
import { useMyProfile } from '../api/useMyProfile.ts';
import { AccountForm } from '../components/AccountForm.tsx';
import { ChangePasswordForm } from '../components/ChangePasswordForm.tsx';
import { DeleteAccount } from '../components/DeleteAccount.tsx';
import { MyConsents } from '../components/MyConsents.tsx';
import { MyOrganizations } from '../components/MyOrganizations.tsx';
import { PublicProfileForm } from '../components/PublicProfileForm.tsx';

function PublicProfileSection() {
  const profile = useMyProfile();
  if (profile.isPending) return <LoadingState rows={5} />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  return <PublicProfileForm profile={profile.data} />;
}

function Roles({ me }: { me: Me }) {
  const { t } = useTranslation('profile');
  return (
    <Group gap={6}>
      {me.user.roles.map((r) => (
        <Badge key={r} variant="light">
          {t(`roles.${r}`)}
        </Badge>
      ))}
    </Group>
  );
}

/** Rendered inside RequireAuth, so the session is there. */
export function ProfilePage() {
  const { t } = useTranslation('profile');
  const me = useMe().data;
  if (!me) return null;
  return (
    <>
      <PageHeader title={t('nav.profile')} crumbs={[]} description={me.user.email} />
      <Stack gap="lg">
        {me.user.roles.length > 0 && <Roles me={me} />}
        <Section framed title={t('profile.account.title')}>
          <AccountForm me={me} />
        </Section>
        <Section framed title={t('profile.public.title')} description={t('profile.public.intro')}>
          <PublicProfileSection />
        </Section>
        <Section framed title={t('profile.orgs.title')}>
          <MyOrganizations memberships={me.memberships} />
        </Section>
        <Section framed title={t('profile.password.title')}>
          <ChangePasswordForm />
        </Section>
        <Section framed title={t('profile.consents.title')} description={t('profile.consents.intro')}>
          <MyConsents />
        </Section>
        <Section framed title={t('profile.data.title')} description={t('profile.data.intro')}>
          {/* A plain link: the browser downloads the JSON with the session cookie. */}
          <Button
            component="a"
            href="/api/me/export"
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('profile.data.export')}
          </Button>
        </Section>
        <Section framed title={t('profile.delete.title')} description={t('profile.delete.intro')}>
          <DeleteAccount />
        </Section>
      </Stack>
    </>
  );
}
