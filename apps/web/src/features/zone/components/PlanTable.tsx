import type { Wire } from '@inohub/contracts/wire';
import type { PlanYearView } from '@inohub/contracts/zone/applications';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../../../lib/format.ts';
import { ScrollTable } from './ScrollTable.tsx';

/** The committed investment plan by year (read only). */
export function PlanTable({ plans }: { plans: Wire<typeof PlanYearView>[] }) {
  const { t } = useTranslation('zone');
  const sorted = [...plans].sort((a, b) => a.year - b.year);
  return (
    <ScrollTable minWidth={560}>
      <Table striped aria-label={t('zone.plan.caption')} style={{ fontVariantNumeric: 'tabular-nums' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('zone.plan.year')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('zone.plan.capex')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('zone.plan.rnd')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('zone.plan.jobs')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('zone.plan.revenue')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((p) => (
            <Table.Tr key={p.year}>
              <Table.Th scope="row">{p.year}</Table.Th>
              <Table.Td ta="right">{formatMoney(p.capexKopecks)}</Table.Td>
              <Table.Td ta="right">{formatMoney(p.rndKopecks)}</Table.Td>
              <Table.Td ta="right">{formatNumber(p.jobs)}</Table.Td>
              <Table.Td ta="right">{formatMoney(p.revenueKopecks)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
