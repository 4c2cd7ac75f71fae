import { Anchor, Box, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format.ts';
import type { Organization } from '../api/types.ts';
import { orgName, sectorName } from './names.ts';
import { KindBadge, VerifiedBadge } from './OrganizationBadges.tsx';

const dash = '—';

function OrgLink({ org }: { org: Organization }) {
  const { i18n } = useTranslation();
  return (
    <Anchor component={Link} to={`/directory/${org.id}`} fw={600}>
      {orgName(org, i18n.language)}
    </Anchor>
  );
}

function sectorsOf(org: Organization, lang: string) {
  return org.sectors.map((s) => sectorName(s, lang)).join(', ') || dash;
}

/** A table on wide screens, cards on phones: the same organizations, the same facts. */
export function OrganizationList({ items }: { items: Organization[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <Box visibleFrom="md">
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('directory.tableCaption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('directory.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('directory.columns.kind')}</Table.Th>
              <Table.Th scope="col">{t('directory.columns.sectors')}</Table.Th>
              <Table.Th scope="col">{t('directory.columns.city')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('directory.columns.headcount')}
              </Table.Th>
              <Table.Th scope="col">{t('directory.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((org) => (
              <Table.Tr key={org.id}>
                <Table.Td>
                  <OrgLink org={org} />
                </Table.Td>
                <Table.Td>
                  <KindBadge kind={org.kind} />
                </Table.Td>
                <Table.Td maw={280}>
                  <Text size="sm">{sectorsOf(org, lang)}</Text>
                </Table.Td>
                <Table.Td>{org.city}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {org.headcount === null ? dash : formatNumber(org.headcount)}
                </Table.Td>
                <Table.Td>
                  <VerifiedBadge verifiedAt={org.verifiedAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <SimpleGrid hiddenFrom="md" cols={{ base: 1, sm: 2 }} spacing="sm">
        {items.map((org) => (
          <Card key={org.id} withBorder padding="md" component="article">
            <Stack gap={6}>
              <OrgLink org={org} />
              <Group gap={6}>
                <KindBadge kind={org.kind} />
                <VerifiedBadge verifiedAt={org.verifiedAt} />
              </Group>
              {org.sectors.length > 0 && <Text size="sm">{sectorsOf(org, lang)}</Text>}
              <Text size="sm" c="dimmed">
                {org.city}
                {org.headcount !== null &&
                  ` · ${t('directory.people', { count: org.headcount, formatted: formatNumber(org.headcount) })}`}
              </Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
