import { Alert, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useResident } from '../api/useResident.ts';
import { useResidentLedger } from '../api/useResidentLedger.ts';
import { LedgerRates } from '../components/LedgerRates.tsx';
import { formatPercentPoints, orgName } from '../components/names.ts';
import { ProportionalityBadge } from '../components/ProportionalityBadge.tsx';
import { ScrollTable } from '../components/ScrollTable.tsx';
import { YearSelect } from '../components/YearSelect.tsx';

const pct = (v: number | null, lang: string) => (v === null ? '—' : formatPercentPoints(v, lang));

/** One resident's benefits by tax for a year, against its capex and R&D. */
export function ResidentLedgerPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('zone');
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  const resident = useResident(id);
  const ledger = useResidentLedger(id, year);
  const name = resident.data ? orgName(lang, resident.data) : '…';
  return (
    <>
      <PageHeader
        title={t('zone.ledger.residentTitle', { name })}
        crumbs={[
          { label: t('zone.register.title'), to: '/zone/residents' },
          { label: name, to: `/zone/residents/${id}` },
        ]}
        description={t('zone.ledger.residentIntro')}
      />
      <Group mb="lg">
        <YearSelect value={year} onChange={(y) => setParams({ year: String(y) })} />
      </Group>
      {ledger.isPending ? (
        <LoadingState rows={8} />
      ) : ledger.isError ? (
        <ErrorState error={ledger.error} onRetry={() => void ledger.refetch()} />
      ) : (
        <Stack gap="lg">
          {ledger.data.provisional && <Alert color="blue">{t('zone.ledger.provisionalText')}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Paper withBorder p="md">
              <Text size="xs" c="dimmed">
                {t('zone.ledger.applied')}
              </Text>
              <Text fz="lg" fw={700}>
                {formatMoney(ledger.data.totals.applied)}
              </Text>
            </Paper>
            <Paper withBorder p="md">
              <Text size="xs" c="dimmed">
                {t('zone.ledger.investments')}
              </Text>
              <Text fz="lg" fw={700}>
                {formatMoney(
                  ledger.data.commitments.actualCapexKopecks + ledger.data.commitments.actualRndKopecks,
                )}
              </Text>
            </Paper>
            <Paper withBorder p="md">
              <Text size="xs" c="dimmed">
                {t('zone.ledger.test')}
              </Text>
              <Group gap={6} mt={4}>
                <ProportionalityBadge status={ledger.data.proportionality.status} />
              </Group>
              {ledger.data.proportionality.graceUntil && (
                <Text size="xs" c="dimmed" mt={4}>
                  {t('zone.ledger.graceUntil', { date: formatDate(ledger.data.proportionality.graceUntil) })}
                </Text>
              )}
            </Paper>
          </SimpleGrid>
          {ledger.data.proportionality.suspendNextPeriod && (
            <Alert color="red" role="alert" title={t('zone.ledger.suspendTitle')}>
              {t('zone.ledger.suspendText')}
            </Alert>
          )}
          <ScrollTable minWidth={640}>
            <Table striped aria-label={t('zone.ledger.byTax')} style={{ fontVariantNumeric: 'tabular-nums' }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('zone.ledger.tax')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.ledger.base')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.ledger.standardRate')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.ledger.residentRate')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.ledger.saving')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('zone.ledger.applied')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ledger.data.lines.map((l) => (
                  <Table.Tr key={l.tax}>
                    <Table.Th scope="row">{t(`zone.taxes.${l.tax}`)}</Table.Th>
                    <Table.Td ta="right">{formatMoney(l.base)}</Table.Td>
                    <Table.Td ta="right">{pct(l.standardPercent, lang)}</Table.Td>
                    <Table.Td ta="right">{pct(l.residentPercent, lang)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(l.saving)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(l.applied)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('zone.plan.total')}</Table.Th>
                  <Table.Td />
                  <Table.Td />
                  <Table.Td />
                  <Table.Td ta="right" fw={600}>
                    {formatMoney(ledger.data.totals.potential)}
                  </Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {formatMoney(ledger.data.totals.applied)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </ScrollTable>
          <LedgerRates rates={ledger.data.rates} />
        </Stack>
      )}
    </>
  );
}
