import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { useTalentProfile } from '../api/useProfile.ts';
import { ProfileDetails, StudiesLine } from '../components/ProfileDetails.tsx';
import { isMissing } from '../components/text.ts';

/** A student's or graduate's profile as the viewer may see it; hidden ones read as "not found". */
export function ProfilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('talent');
  const query = useTalentProfile(id);
  const crumbs = [{ label: t('talent.nav.opportunities'), to: '/talent/opportunities' }];
  if (query.isPending)
    return (
      <>
        <PageHeader title={t('talent.profile.short')} crumbs={crumbs} />
        <LoadingState rows={8} />
      </>
    );
  if (query.isError)
    return (
      <>
        <PageHeader title={t('talent.profile.short')} crumbs={crumbs} />
        {isMissing(query.error) ? (
          <EmptyState
            title={t('talent.profile.notFoundTitle')}
            text={t('talent.profile.notFoundText')}
            action={
              <Button component={Link} to="/talent/opportunities" variant="default">
                {t('talent.posting.toList')}
              </Button>
            }
          />
        ) : (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        )}
      </>
    );
  const p = query.data;
  return (
    <>
      <PageHeader
        title={p.fullName}
        crumbs={crumbs}
        description={
          <Stack gap={4} component="span">
            {p.headline && <Text span>{p.headline}</Text>}
            <StudiesLine p={p} />
          </Stack>
        }
        actions={
          p.editable && (
            <Button component={Link} to="/talent/profile" variant="default">
              {t('talent.profile.edit')}
            </Button>
          )
        }
      />
      {p.editable && (
        <Group gap="xs" mb="lg">
          <Badge variant="light" color="blue" c="var(--mantine-color-text)" style={{ textTransform: 'none' }}>
            {t(`talent.visibility.${p.visibility}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('talent.profile.ownerNote')}
          </Text>
        </Group>
      )}
      {p.access !== 'public' && p.email && (
        <Text mb="lg" size="sm">
          {t('talent.profile.email')}: <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor>
        </Text>
      )}
      <ProfileDetails p={p} />
    </>
  );
}
