import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ListColumn } from '../../../components/ListPage.tsx';
import { formatNumber } from '../../../lib/format.ts';
import type { Organization } from '../api/types.ts';
import { orgName, sectorName } from './names.ts';
import { KindBadge, VerifiedBadge } from './OrganizationBadges.tsx';

const dash = '—';

function OrgLink({ org }: { org: Organization }) {
  const { i18n } = useTranslation('directory');
  return (
    <Anchor component={Link} to={`/directory/${org.id}`} fw={600}>
      {orgName(org, i18n.language)}
    </Anchor>
  );
}

function sectorsOf(org: Organization, lang: string) {
  return org.sectors.map((s) => sectorName(s, lang)).join(', ') || dash;
}

/** The catalogue's table columns (desktop). */
export function organizationColumns(t: TFunction, lang: string): ListColumn<Organization>[] {
  return [
    { key: 'name', header: t('directory.columns.name'), cell: (org) => <OrgLink org={org} /> },
    { key: 'kind', header: t('directory.columns.kind'), cell: (org) => <KindBadge kind={org.kind} /> },
    {
      key: 'sectors',
      header: t('directory.columns.sectors'),
      maw: 280,
      cell: (org) => <Text size="sm">{sectorsOf(org, lang)}</Text>,
    },
    { key: 'city', header: t('directory.columns.city'), cell: (org) => org.city },
    {
      key: 'headcount',
      header: t('directory.columns.headcount'),
      numeric: true,
      cell: (org) => (org.headcount === null ? dash : formatNumber(org.headcount)),
    },
    {
      key: 'status',
      header: t('directory.columns.status'),
      cell: (org) => <VerifiedBadge verifiedAt={org.verifiedAt} />,
    },
  ];
}

/** One organization on a phone: the same facts as a table row. */
export function OrganizationCard({ org }: { org: Organization }) {
  const { t, i18n } = useTranslation('directory');
  return (
    <Stack gap={6}>
      <OrgLink org={org} />
      <Group gap={6}>
        <KindBadge kind={org.kind} />
        <VerifiedBadge verifiedAt={org.verifiedAt} />
      </Group>
      {org.sectors.length > 0 && <Text size="sm">{sectorsOf(org, i18n.language)}</Text>}
      <Text size="sm" c="dimmed">
        {org.city}
        {org.headcount !== null &&
          ` · ${t('directory.people', { count: org.headcount, formatted: formatNumber(org.headcount) })}`}
      </Text>
    </Stack>
  );
}
