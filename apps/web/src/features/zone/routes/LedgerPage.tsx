import { PROPORTIONALITY_STATUSES } from '@inohub/contracts/zone/benefits';
import { Anchor, Box, Button, Card, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatMoney, formatNumber } from '../../../lib/format.ts';
import { ledgerXlsxUrl, useLedger } from '../api/useLedger.ts';
import { ProportionalityBadge } from '../components/ProportionalityBadge.tsx';
import { YearSelect } from '../components/YearSelect.tsx';

/** Zone admin: benefits per resident for a year against their capex and R&D (the 2026 proportionality test). */
export function LedgerPage() {
  const { t } = useTranslation('zone');
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  const ledger = useLedger(year);
  const download = (
    <Button
      component="a"
      href={ledgerXlsxUrl(year)}
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden />}
    >
      {t('zone.ledger.xlsx', { year })}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t('zone.ledger.title')}
        crumbs={[]}
        description={t('zone.ledger.intro')}
        actions={download}
      />
      <Group mb="lg">
        <YearSelect value={year} onChange={(y) => setParams({ year: String(y) })} />
      </Group>
      {ledger.isPending ? (
        <LoadingState rows={8} />
      ) : ledger.isError ? (
        <ErrorState error={ledger.error} onRetry={() => void ledger.refetch()} />
      ) : ledger.data.items.length === 0 ? (
        <EmptyState title={t('zone.ledger.emptyTitle')} text={t('zone.ledger.emptyText', { year })} />
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            {[
              [t('zone.ledger.applied'), formatMoney(ledger.data.totals.appliedKopecks)],
              [t('zone.ledger.potential'), formatMoney(ledger.data.totals.potentialKopecks)],
              [t('zone.ledger.capex'), formatMoney(ledger.data.totals.capexKopecks)],
              [t('zone.ledger.rnd'), formatMoney(ledger.data.totals.rndKopecks)],
            ].map(([label, value]) => (
              <Paper key={label} withBorder p="md">
                <Text size="xs" c="dimmed">
                  {label}
                </Text>
                <Text fz="lg" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {value}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Group gap="md">
            {PROPORTIONALITY_STATUSES.filter((s) => ledger.data.totals.byStatus[s]).map((s) => (
              <Group key={s} gap={6}>
                <ProportionalityBadge status={s} />
                <Text size="sm">{formatNumber(ledger.data.totals.byStatus[s] ?? 0)}</Text>
              </Group>
            ))}
          </Group>
          <Box visibleFrom="md">
            <Table
              striped
              verticalSpacing="sm"
              aria-label={t('zone.ledger.caption', { year })}
              style={{ fontVariantNumeric: 'tabular-nums' }}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('zone.ledger.resident')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.ledger.applied')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.ledger.investments')}
                  </Table.Th>
                  <Table.Th scope="col">{t('zone.ledger.test')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ledger.data.items.map((e) => (
                  <Table.Tr key={e.residentId}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/zone/residents/${e.residentId}/ledger?year=${year}`}
                        fw={600}
                      >
                        {e.organizationName}
                      </Anchor>
                      {e.provisional && (
                        <Text size="xs" c="dimmed">
                          {t('zone.ledger.provisional')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{formatMoney(e.totals.applied)}</Table.Td>
                    <Table.Td ta="right">
                      {formatMoney(e.commitments.actualCapexKopecks + e.commitments.actualRndKopecks)}
                    </Table.Td>
                    <Table.Td>
                      <ProportionalityBadge status={e.proportionality.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
          <SimpleGrid hiddenFrom="md" cols={{ base: 1, sm: 2 }} spacing="sm">
            {ledger.data.items.map((e) => (
              <Card key={e.residentId} withBorder padding="md" component="article">
                <Stack gap={4}>
                  <Anchor
                    component={Link}
                    to={`/zone/residents/${e.residentId}/ledger?year=${year}`}
                    fw={600}
                  >
                    {e.organizationName}
                  </Anchor>
                  <ProportionalityBadge status={e.proportionality.status} />
                  <Text size="sm">
                    {t('zone.ledger.applied')}: {formatMoney(e.totals.applied)}
                  </Text>
                  <Text size="sm">
                    {t('zone.ledger.investments')}:{' '}
                    {formatMoney(e.commitments.actualCapexKopecks + e.commitments.actualRndKopecks)}
                  </Text>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
