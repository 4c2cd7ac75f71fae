import '@mantine/charts/styles.css';
import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from './ScrollTable.tsx';

export interface DataTable {
  columns: string[];
  /** Display strings, and the raw values for the CSV download. */
  rows: Array<{ key: string; cells: string[]; raw: Array<string | number | null> }>;
}

function downloadCsv(name: string, table: DataTable): void {
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const lines = [
    table.columns.map(quote).join(','),
    ...table.rows.map((r) =>
      r.raw.map((v) => (typeof v === 'number' ? String(v) : quote(v ?? ''))).join(','),
    ),
  ];
  const url = URL.createObjectURL(
    new Blob([`\uFEFF${lines.join('\n')}\n`], { type: 'text/csv;charset=utf-8' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.csv`;
  a.click();
  URL.revokeObjectURL(url);
}

interface Props {
  /** States the finding, e.g. "Two of three residents work in IT". */
  title: string;
  /** Units and what is counted. */
  subtitle: string;
  source: string;
  chart: React.ReactNode;
  table: DataTable;
  csvName: string;
}

/** A chart per UX.md: finding as the title, units, source and date, and a "data" toggle with the same numbers. */
export function ChartCard({ title, subtitle, source, chart, table, csvName }: Props) {
  const { t } = useTranslation('zone');
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const id = useId();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ flex: 1, minWidth: 220 }}>
            <Title order={2} size="h4" id={id}>
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {subtitle}
            </Text>
          </Stack>
          <SegmentedControl
            size="xs"
            aria-label={t('zone.chart.view')}
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            data={[
              { value: 'chart', label: t('zone.chart.showChart') },
              { value: 'table', label: t('zone.chart.showTable') },
            ]}
          />
        </Group>
        {view === 'chart' ? (
          chart
        ) : (
          <ScrollTable minWidth={320}>
            <Table striped aria-labelledby={id} style={{ fontVariantNumeric: 'tabular-nums' }}>
              <Table.Thead>
                <Table.Tr>
                  {table.columns.map((c, i) => (
                    <Table.Th key={c} scope="col" ta={i === 0 ? 'left' : 'right'}>
                      {c}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((r) => (
                  <Table.Tr key={r.key}>
                    {r.cells.map((c, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row are positional
                      <Table.Td key={i} ta={i === 0 ? 'left' : 'right'}>
                        {c}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {source}
          </Text>
          {view === 'table' && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={() => downloadCsv(csvName, table)}
            >
              {t('zone.chart.download')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
