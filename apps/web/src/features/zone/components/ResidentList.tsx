import { Anchor, Badge, Box, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format.ts';
import type { Resident } from '../api/types.ts';
import { ResidentStatusBadge, VerifiedText } from './Badges.tsx';
import { orgName, pick } from './names.ts';

function Flags({ r }: { r: Resident }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {r.isIt && (
        <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
          {t('zone.register.itBadge')}
        </Badge>
      )}
      {r.foreignCapital && (
        <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
          {t('zone.register.foreignBadge')}
        </Badge>
      )}
    </Group>
  );
}

const activitiesOf = (r: Resident, lang: string) =>
  r.activities.map((a) => pick(lang, a.nameRu, a.nameEn)).join('; ');

/** The public register: a table on wide screens, cards on phones. */
export function ResidentList({ items }: { items: Resident[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const link = (r: Resident) => (
    <Anchor component={Link} to={`/zone/residents/${r.id}`} fw={600}>
      {orgName(lang, r)}
    </Anchor>
  );
  return (
    <>
      <Box visibleFrom="md">
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('zone.register.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('zone.register.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('zone.register.columns.site')}</Table.Th>
              <Table.Th scope="col">{t('zone.register.columns.activities')}</Table.Th>
              <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                {t('zone.register.columns.since')}
              </Table.Th>
              <Table.Th scope="col">{t('zone.register.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Stack gap={2}>
                    {link(r)}
                    <Text size="xs" c="dimmed">
                      {t('zone.register.innAndNumber', { inn: r.inn ?? '—', number: r.registerNumber })}
                    </Text>
                    <Flags r={r} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.siteNameRu ? pick(lang, r.siteNameRu, r.siteNameEn) : '—'}</Text>
                </Table.Td>
                <Table.Td maw={300}>
                  <Text size="sm" lineClamp={2}>
                    {activitiesOf(r, lang) || '—'}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.since)}</Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <ResidentStatusBadge status={r.status} />
                    <VerifiedText verifiedAt={r.verifiedAt} />
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <SimpleGrid hiddenFrom="md" cols={{ base: 1, sm: 2 }} spacing="sm">
        {items.map((r) => (
          <Card key={r.id} withBorder padding="md" component="article">
            <Stack gap={6}>
              {link(r)}
              <Group gap={6}>
                <ResidentStatusBadge status={r.status} />
                <Flags r={r} />
              </Group>
              <Text size="sm">{activitiesOf(r, lang)}</Text>
              <Text size="sm" c="dimmed">
                {[
                  r.siteNameRu ? pick(lang, r.siteNameRu, r.siteNameEn) : null,
                  t('zone.register.sinceShort', { date: formatDate(r.since) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('zone.register.innAndNumber', { inn: r.inn ?? '—', number: r.registerNumber })}
              </Text>
              <VerifiedText verifiedAt={r.verifiedAt} />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
