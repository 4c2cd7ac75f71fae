import { ActionIcon, Button, NumberInput, Table, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../../components/form-errors.tsx';
import { formatMoney, toKopecks } from '../../../lib/format.ts';
import { ScrollTable } from './ScrollTable.tsx';

/** One year of the plan as typed: money in roubles. */
export interface PlanRow {
  year: number;
  capex: number | string;
  rnd: number | string;
  jobs: number | string;
  revenue: number | string;
}

const MONEY = ['capex', 'rnd', 'revenue'] as const;
const SERVER = { capex: 'capexKopecks', rnd: 'rndKopecks', jobs: 'jobs', revenue: 'revenueKopecks' } as const;

/** The investment plan by year: capex, R&D, jobs and revenue, a row per year. */
export function PlanEditor({
  rows,
  onChange,
  errors,
}: {
  rows: PlanRow[];
  onChange: (rows: PlanRow[]) => void;
  errors: Record<string, string>;
}) {
  const { t, i18n } = useTranslation('zone');
  const set = (i: number, patch: Partial<PlanRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const nextYear = rows.length ? Math.max(...rows.map((r) => r.year)) + 1 : new Date().getFullYear() + 1;
  const sum = (k: (typeof MONEY)[number]) => rows.reduce((s, r) => s + Number(r[k] || 0), 0);
  const sep = i18n.language === 'en' ? ',' : ' ';
  const dec = i18n.language === 'en' ? '.' : ',';
  const cell = (i: number, k: keyof typeof SERVER, label: string) => (
    <NumberInput
      id={fieldId(`investmentPlan.${i}.${SERVER[k]}`)}
      aria-label={`${label}, ${rows[i]?.year}`}
      value={rows[i]?.[k]}
      onChange={(v) => set(i, { [k]: v })}
      min={0}
      allowNegative={false}
      allowDecimal={k !== 'jobs'}
      decimalScale={2}
      thousandSeparator={sep}
      decimalSeparator={dec}
      error={errors[`investmentPlan.${i}.${SERVER[k]}`]}
      size="sm"
      miw={k === 'jobs' ? 80 : 140}
    />
  );
  return (
    <>
      <ScrollTable minWidth={720}>
        <Table aria-label={t('zone.plan.caption')} verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('zone.plan.year')}</Table.Th>
              <Table.Th scope="col">{t('zone.plan.capexRub')}</Table.Th>
              <Table.Th scope="col">{t('zone.plan.rndRub')}</Table.Th>
              <Table.Th scope="col">{t('zone.plan.jobs')}</Table.Th>
              <Table.Th scope="col">{t('zone.plan.revenueRub')}</Table.Th>
              <Table.Th scope="col">
                <Text span size="xs" c="dimmed">
                  {t('zone.plan.remove')}
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the year itself is editable, the position is stable
              <Table.Tr key={i}>
                <Table.Td>
                  <NumberInput
                    id={fieldId(`investmentPlan.${i}.year`)}
                    aria-label={t('zone.plan.year')}
                    value={r.year}
                    onChange={(v) => set(i, { year: Number(v) || r.year })}
                    min={2000}
                    max={2100}
                    allowDecimal={false}
                    error={errors[`investmentPlan.${i}.year`]}
                    size="sm"
                    w={90}
                  />
                </Table.Td>
                <Table.Td>{cell(i, 'capex', t('zone.plan.capexRub'))}</Table.Td>
                <Table.Td>{cell(i, 'rnd', t('zone.plan.rndRub'))}</Table.Td>
                <Table.Td>{cell(i, 'jobs', t('zone.plan.jobs'))}</Table.Td>
                <Table.Td>{cell(i, 'revenue', t('zone.plan.revenueRub'))}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('zone.plan.removeYear', { year: r.year })}
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          {rows.length > 0 && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('zone.plan.total')}</Table.Th>
                <Table.Td>{formatMoney(toKopecks(sum('capex')) ?? 0)}</Table.Td>
                <Table.Td>{formatMoney(toKopecks(sum('rnd')) ?? 0)}</Table.Td>
                <Table.Td />
                <Table.Td>{formatMoney(toKopecks(sum('revenue')) ?? 0)}</Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </ScrollTable>
      <Button
        variant="default"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => onChange([...rows, { year: nextYear, capex: 0, rnd: 0, jobs: 0, revenue: 0 }])}
        mt="xs"
      >
        {t('zone.plan.addYear', { year: nextYear })}
      </Button>
    </>
  );
}
