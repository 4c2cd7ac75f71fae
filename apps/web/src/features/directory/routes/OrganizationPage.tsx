import { Button, Divider, Group, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { Section } from '../../../components/Section.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useOrganization } from '../api/useOrganization.ts';
import { MembersSection } from '../components/MembersSection.tsx';
import { orgDescription, orgName } from '../components/names.ts';
import { KindBadge, VerifiedBadge } from '../components/OrganizationBadges.tsx';
import { OrganizationFacts } from '../components/OrganizationFacts.tsx';

export function OrganizationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('directory');
  const query = useOrganization(id);
  const crumbs = [{ label: t('nav.directory'), to: '/directory' }];

  if (query.isPending) return <LoadingState rows={8} />;
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('organization.unavailable')} crumbs={crumbs} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const org = query.data;
  const description = orgDescription(org, i18n.language);
  return (
    <>
      <PageHeader
        title={orgName(org, i18n.language)}
        crumbs={crumbs}
        actions={
          org.canEdit && (
            <Button
              component={Link}
              to={`/directory/${org.id}/edit`}
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('organization.edit')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <Group gap="xs">
          <KindBadge kind={org.kind} />
          <VerifiedBadge verifiedAt={org.verifiedAt} />
        </Group>
        <Section framed title={t('organization.about')}>
          {description ? (
            <Text lang={description.lang} style={{ whiteSpace: 'pre-line' }} maw={760}>
              {description.text}
            </Text>
          ) : (
            <Text c="dimmed">{t('organization.noDescription')}</Text>
          )}
          <Divider />
          <OrganizationFacts org={org} />
          <Text size="sm" c="dimmed">
            {t('organization.updated', { date: formatDate(org.updatedAt) })}
          </Text>
        </Section>
        <MembersSection org={org} />
      </Stack>
    </>
  );
}
