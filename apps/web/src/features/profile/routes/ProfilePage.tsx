import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { type Me, useMe } from '../../../lib/session.ts';
import { useMyProfile } from '../api/useMyProfile.ts';
import { AccountForm } from '../components/AccountForm.tsx';
import { ChangePasswordForm } from '../components/ChangePasswordForm.tsx';
import { DeleteAccount } from '../components/DeleteAccount.tsx';
import { MyConsents } from '../components/MyConsents.tsx';
import { MyOrganizations } from '../components/MyOrganizations.tsx';
import { PublicProfileForm } from '../components/PublicProfileForm.tsx';

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: React.ReactNode;
}) {
  const headingId = useId();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" mb={description ? 4 : 'md'} id={headingId}>
        {title}
      </Title>
      {description && (
        <Text c="dimmed" size="sm" mb="md">
          {description}
        </Text>
      )}
      {children}
    </Paper>
  );
}

function PublicProfileSection() {
  const profile = useMyProfile();
  if (profile.isPending) return <LoadingState rows={5} />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  return <PublicProfileForm profile={profile.data} />;
}

function Roles({ me }: { me: Me }) {
  const { t } = useTranslation();
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
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  return (
    <>
      <PageHeader title={t('nav.profile')} crumbs={[]} description={me.user.email} />
      <Stack gap="lg">
        {me.user.roles.length > 0 && <Roles me={me} />}
        <Section title={t('profile.account.title')}>
          <AccountForm me={me} />
        </Section>
        <Section title={t('profile.public.title')} description={t('profile.public.intro')}>
          <PublicProfileSection />
        </Section>
        <Section title={t('profile.orgs.title')}>
          <MyOrganizations memberships={me.memberships} />
        </Section>
        <Section title={t('profile.password.title')}>
          <ChangePasswordForm />
        </Section>
        <Section title={t('profile.consents.title')} description={t('profile.consents.intro')}>
          <MyConsents />
        </Section>
        <Section title={t('profile.data.title')} description={t('profile.data.intro')}>
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
        <Section title={t('profile.delete.title')} description={t('profile.delete.intro')}>
          <DeleteAccount />
        </Section>
      </Stack>
    </>
  );
}
