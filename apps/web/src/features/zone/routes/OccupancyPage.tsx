import type { OccupancyState } from '@inohub/contracts/zone/space';
import { Anchor, Badge, Group, Paper, Progress, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatArea, formatDate, formatShare, todayInTomsk } from '../../../lib/format.ts';
import { useBuilding } from '../api/useBuilding.ts';
import { useOccupancy } from '../api/useOccupancy.ts';
import { pick } from '../components/names.ts';
import { ScrollTable } from '../components/ScrollTable.tsx';

const STATE_COLOR: Record<OccupancyState, string> = {
  leased: 'blue',
  held: 'yellow',
  vacant: 'teal',
  out_of_service: 'gray',
};

/** Zone admin: every unit of a building on a date — leased to whom, held, vacant. */
export function OccupancyPage() {
  const { buildingId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const on = params.get('on') || todayInTomsk();
  const { t, i18n } = useTranslation('zone');
  const lang = i18n.language;
  const building = useBuilding(buildingId);
  const occ = useOccupancy(buildingId, on);
  const title = building.data
    ? pick(lang, building.data.nameRu, building.data.nameEn)
    : t('zone.occupancy.title');

  return (
    <>
      <PageHeader
        title={title}
        crumbs={[{ label: t('zone.space.title'), to: '/zone/space' }]}
        description={t('zone.occupancy.intro')}
      />
      <TextInput
        type="date"
        label={t('zone.occupancy.on')}
        value={on}
        maw={220}
        mb="lg"
        onChange={(e) => {
          const v = e.currentTarget.value;
          setParams(v ? { on: v } : {});
        }}
      />
      {occ.isPending ? (
        <LoadingState rows={8} />
      ) : occ.isError ? (
        <ErrorState error={occ.error} onRetry={() => void occ.refetch()} />
      ) : occ.data.units.length === 0 ? (
        <EmptyState title={t('zone.occupancy.emptyTitle')} text={t('zone.occupancy.emptyText')} />
      ) : (
        <Stack gap="lg">
          <Paper withBorder p="md">
            <Group justify="space-between" mb={6}>
              <Text fw={600}>
                {t('zone.occupancy.rate', {
                  rate: formatShare(occ.data.occupancyRate, lang),
                  date: formatDate(occ.data.onDate),
                })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('zone.occupancy.areas', {
                  leased: formatArea(occ.data.leasedAreaM2, lang),
                  total: formatArea(occ.data.totalAreaM2, lang),
                })}
              </Text>
            </Group>
            <Progress value={occ.data.occupancyRate * 100} aria-label={t('zone.occupancy.rateLabel')} />
          </Paper>
          <ScrollTable minWidth={640}>
            <Table
              striped
              aria-label={t('zone.occupancy.caption')}
              style={{ fontVariantNumeric: 'tabular-nums' }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('zone.space.columns.unit')}</Table.Th>
                  <Table.Th scope="col">{t('zone.space.columns.kind')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.space.columns.floor')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.space.columns.area')}
                  </Table.Th>
                  <Table.Th scope="col">{t('zone.occupancy.state')}</Table.Th>
                  <Table.Th scope="col">{t('zone.occupancy.tenant')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {occ.data.units.map((u) => (
                  <Table.Tr key={u.unitId}>
                    <Table.Td fw={600}>{t('zone.space.unitCode', { code: u.code })}</Table.Td>
                    <Table.Td>{t(`zone.unitKind.${u.kind}`)}</Table.Td>
                    <Table.Td ta="right">{u.floor}</Table.Td>
                    <Table.Td ta="right">{formatArea(u.areaM2, lang)}</Table.Td>
                    <Table.Td>
                      <Badge
                        color={STATE_COLOR[u.state]}
                        c="var(--mantine-color-text)"
                        variant="light"
                        style={{ textTransform: 'none' }}
                      >
                        {t(`zone.occupancy.states.${u.state}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {u.lease ? (
                        <Stack gap={0}>
                          <Anchor component={Link} to={`/zone/residents/${u.lease.residentId}`} size="sm">
                            {u.lease.organizationName}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {formatDate(u.lease.from)} – {formatDate(u.lease.to)}
                          </Text>
                        </Stack>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Stack>
      )}
    </>
  );
}
