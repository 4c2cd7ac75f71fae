import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import type { DirectoryStats } from '../api/useDirectoryStats.ts';

interface Row {
  kind: string;
  label: string;
  count: number;
}

function downloadCsv(rows: Row[], header: [string, string]): void {
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const lines = [header.map(quote).join(','), ...rows.map((r) => `${quote(r.label)},${r.count}`)];
  const url = URL.createObjectURL(
    new Blob([`\uFEFF${lines.join('\n')}\n`], { type: 'text/csv;charset=utf-8' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = 'inohub-organizations-by-kind.csv';
  a.click();
  URL.revokeObjectURL(url);
}

/** Organizations by kind: a title that states the finding, the bars, a data-table toggle, the source and its date. */
export function EcosystemChart({ stats, fetchedAt }: { stats: DirectoryStats; fetchedAt: number }) {
  const { t } = useTranslation('home');
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const phone = useMediaQuery('(max-width: 36em)');
  const rows: Row[] = Object.entries(stats.organizationsByKind)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => ({ kind, label: t(`kinds.${kind}`, { defaultValue: kind }), count }))
    .sort((a, b) => b.count - a.count);
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const top = rows[0];
  const asOf = formatDate(new Date(fetchedAt));
  const columns: [string, string] = [t('home.chart.kind'), t('home.chart.unit')];

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="ecosystem-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ flex: 1, minWidth: 220 }}>
            <Title order={2} size="h3" id="ecosystem-title">
              {top
                ? t('home.chart.finding', {
                    kind: top.label,
                    count: top.count,
                    total: formatNumber(total),
                    formatted: formatNumber(top.count),
                  })
                : t('home.chart.empty')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('home.chart.subtitle', { count: total, formatted: formatNumber(total) })}
            </Text>
          </Stack>
          <SegmentedControl
            size="xs"
            aria-label={t('home.chart.view')}
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            data={[
              { value: 'chart', label: t('home.chart.showChart') },
              { value: 'table', label: t('home.chart.showTable') },
            ]}
          />
        </Group>
        {view === 'chart' ? (
          <BarChart
            h={Math.max(200, rows.length * 44)}
            data={rows}
            dataKey="label"
            orientation="vertical"
            series={[{ name: 'count', label: t('home.chart.unit'), color: 'blue.8' }]}
            yAxisProps={{ width: phone ? 120 : 180 }}
            xAxisProps={{ allowDecimals: false }}
            xAxisLabel={t('home.chart.unit')}
            gridAxis="x"
            withBarValueLabel
            valueFormatter={(v) => formatNumber(v)}
            role="img"
            aria-label={rows.map((r) => `${r.label}: ${formatNumber(r.count)}`).join('; ')}
          />
        ) : (
          <Table striped aria-labelledby="ecosystem-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{columns[0]}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {columns[1]}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.kind}>
                  <Table.Td>{r.label}</Table.Td>
                  <Table.Td ta="right">{formatNumber(r.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('home.chart.total')}</Table.Th>
                <Table.Td ta="right" fw={600}>
                  {formatNumber(total)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        )}
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {t('home.chart.source', { date: asOf })}
          </Text>
          {view === 'table' && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={() => downloadCsv(rows, columns)}
            >
              {t('home.chart.download')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
