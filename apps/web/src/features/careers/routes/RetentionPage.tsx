import { GEO_BUCKETS } from '@inohub/contracts/talent/enums';
import {
  RETENTION_GROUPINGS,
  type RetentionCell,
  type RetentionView,
} from '@inohub/contracts/talent/retention';
import type { Wire } from '@inohub/contracts/wire';
import { BarChart, LineChart } from '@mantine/charts';
import { Box, Button, Grid, List, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { Section } from '../../../components/Section.tsx';
import { formatDate, formatNumber, formatShare, TOMSK } from '../../../lib/format.ts';
import { type RetentionFilters, retentionExportUrl, useRetention } from '../api/useRetention.ts';
import { ChartPanel } from '../components/ChartPanel.tsx';
import { pick, shortLabel } from '../components/names.ts';
import { RetentionCellText } from '../components/RetentionCellText.tsx';
import { ScrollTable } from '../components/ScrollTable.tsx';

type View = Wire<typeof RetentionView>;
type Grouping = (typeof RETENTION_GROUPINGS)[number];

const percent = (c: RetentionCell | undefined) =>
  c && !c.suppressed && c.share !== null ? Math.round(c.share * 1000) / 10 : null;
/** Series names sort as the horizons do (the legend orders them by name): h06, h12, h36. */
const seriesKey = (h: number) => `h${String(h).padStart(2, '0')}`;
const cellAt = (cells: RetentionCell[], horizon: number) => cells.find((c) => c.horizon === horizon);

/** The filters, kept in the URL so that a view can be shared. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const by = params.get('by');
  const num = (k: string) => (params.get(k) ? Number(params.get(k)) : undefined);
  const filters: RetentionFilters = {
    by: RETENTION_GROUPINGS.includes(by as Grouping) ? (by as Grouping) : 'university',
    universityId: params.get('universityId') || undefined,
    cohortFrom: num('cohortFrom'),
    cohortTo: num('cohortTo'),
  };
  const update = (patch: Record<string, string | null>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      return next;
    });
  return { filters, update };
}

function Filters({
  view,
  filters,
  update,
}: {
  view: View | undefined;
  filters: RetentionFilters;
  update: (patch: Record<string, string | null>) => void;
}) {
  const { t, i18n } = useTranslation('careers');
  const cohorts = (view?.cohorts ?? []).map((c) => ({ value: String(c), label: String(c) }));
  const any = { value: '', label: t('careers.retention.anyCohort') };
  return (
    <Paper
      withBorder
      p="md"
      mb="lg"
      component="form"
      aria-label={t('careers.retention.filters')}
      // Every control applies at once; Enter must not reload the page.
      onSubmit={(e: React.FormEvent) => e.preventDefault()}
    >
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
          <Select
            label={t('careers.retention.by')}
            data={RETENTION_GROUPINGS.map((g) => ({ value: g, label: t(`careers.retention.grouping.${g}`) }))}
            value={filters.by ?? 'university'}
            onChange={(v) => update({ by: v === 'university' ? null : v })}
            allowDeselect={false}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 5 }}>
          <Select
            label={t('careers.university')}
            data={[
              { value: '', label: t('careers.retention.allUniversities') },
              ...(view?.universities ?? []).map((u) => ({
                value: u.id,
                label: pick(i18n.language, u.name, u.nameEn),
              })),
            ]}
            value={filters.universityId ?? ''}
            onChange={(v) => update({ universityId: v || null })}
            allowDeselect={false}
            searchable
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <Select
            label={t('careers.retention.cohortFrom')}
            data={[any, ...cohorts]}
            value={filters.cohortFrom ? String(filters.cohortFrom) : ''}
            onChange={(v) => update({ cohortFrom: v || null })}
            allowDeselect={false}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, md: 2 }}>
          <Select
            label={t('careers.retention.cohortTo')}
            data={[any, ...cohorts]}
            value={filters.cohortTo ? String(filters.cohortTo) : ''}
            onChange={(v) => update({ cohortTo: v || null })}
            allowDeselect={false}
          />
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

/** The share working in the region at 6, 12 and 36 months per group, with the table beside the chart. */
function ByGroup({ view, source }: { view: View; source: string }) {
  const { t, i18n } = useTranslation('careers');
  const lang = i18n.language;
  const phone = useMediaQuery('(max-width: 36em)');
  const horizonLabel = (h: number) => t('careers.retention.horizon', { months: h });
  const label = (r: { labelRu: string; labelEn: string }) => pick(lang, r.labelRu, r.labelEn);
  const data = view.rows.map((r) => ({
    label: label(r),
    ...Object.fromEntries(
      view.horizons.map((h) => [seriesKey(h), r.noSource ? null : percent(cellAt(r.cells, h))]),
    ),
  }));
  const colors = ['blue.3', 'blue.6', 'blue.9'];
  const total12 = cellAt(view.total, 12);
  const title =
    total12 && !total12.suppressed && total12.share !== null
      ? t('careers.retention.byGroupFinding', { share: formatShare(total12.share, lang) })
      : t('careers.retention.byGroupTitle');
  const describe = (r: (typeof view.rows)[number]) =>
    `${label(r)}: ${view.horizons
      .map((h) => {
        const c = cellAt(r.cells, h);
        const p = percent(c);
        return `${horizonLabel(h)} ${r.noSource ? t('careers.retention.noSource') : p === null ? '—' : `${p} %`}`;
      })
      .join(', ')}`;
  const hasSuppressed = view.rows.some((r) => r.cells.some((c) => c.suppressed));
  return (
    <ChartPanel
      title={title}
      subtitle={t('careers.retention.byGroupSubtitle')}
      source={source}
      chart={
        data.length === 0 ? (
          <Text c="dimmed">{t('careers.retention.noRows')}</Text>
        ) : (
          <BarChart
            h={Math.max(220, data.length * (view.horizons.length * 16 + 24))}
            data={data}
            dataKey="label"
            orientation="vertical"
            series={view.horizons.map((h, i) => ({
              name: seriesKey(h),
              label: horizonLabel(h),
              color: colors[i % colors.length] as string,
            }))}
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            xAxisProps={{ domain: [0, 100] }}
            yAxisProps={{
              width: phone ? 110 : 170,
              tickFormatter: phone ? (v: string) => shortLabel(v, view.by) : undefined,
            }}
            valueFormatter={(v) => `${formatNumber(v)} %`}
            gridAxis="x"
            role="img"
            aria-label={view.rows.map(describe).join('; ')}
          />
        )
      }
      table={
        <ScrollTable minWidth={460}>
          <Table
            striped
            aria-label={t('careers.retention.byGroupTable')}
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`careers.retention.grouping.${view.by}`)}</Table.Th>
                {view.horizons.map((h) => (
                  <Table.Th key={h} scope="col" ta="right">
                    {horizonLabel(h)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row" fw={700}>
                  {t('careers.retention.total')}
                </Table.Th>
                {view.horizons.map((h) => (
                  <Table.Td key={h} ta="right">
                    <RetentionCellText cell={cellAt(view.total, h)} />
                  </Table.Td>
                ))}
              </Table.Tr>
              {view.rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Th scope="row" fw={500}>
                    {label(r)}
                  </Table.Th>
                  {r.noSource ? (
                    <Table.Td colSpan={view.horizons.length} ta="right">
                      <Text fw={600} span aria-hidden>
                        —{' '}
                      </Text>
                      <Text size="sm" c="dimmed" span>
                        {t('careers.retention.noSource')}
                      </Text>
                    </Table.Td>
                  ) : (
                    view.horizons.map((h) => (
                      <Table.Td key={h} ta="right">
                        <RetentionCellText cell={cellAt(r.cells, h)} />
                      </Table.Td>
                    ))
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      }
      split={5}
      footer={
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {t('careers.retention.tableNote')}
          </Text>
          {hasSuppressed && (
            <Text size="sm" c="dimmed">
              {t('careers.retention.suppressedNote', { min: view.minCell })}
            </Text>
          )}
          {view.rows.some((r) => r.noSource) && (
            <Text size="sm" c="dimmed">
              {t('careers.retention.noSourceNote')}
            </Text>
          )}
        </Stack>
      }
    />
  );
}

/** Where employed graduates work at 12 months: the Tomsk region and the outflow. */
function Outflow({ view, source }: { view: View; source: string }) {
  const { t, i18n } = useTranslation('careers');
  const lang = i18n.language;
  const phone = useMediaQuery('(max-width: 36em)');
  const slices = GEO_BUCKETS.map(
    (b) =>
      view.outflow.find((s) => s.bucket === b) ?? { bucket: b, count: null, share: null, suppressed: false },
  );
  const data = slices.map((s) => ({
    label: t(`careers.geo.${s.bucket}`),
    share: s.suppressed || s.share === null ? null : Math.round(s.share * 1000) / 10,
  }));
  const tomsk = slices.find((s) => s.bucket === 'tomsk');
  const leftShare = slices
    .filter((s) => s.bucket !== 'tomsk' && s.share !== null && !s.suppressed)
    .reduce((sum, s) => sum + (s.share ?? 0), 0);
  return (
    <ChartPanel
      title={
        tomsk?.share != null && !tomsk.suppressed
          ? t('careers.retention.outflowFinding', {
              stay: formatShare(tomsk.share, lang),
              left: formatShare(leftShare, lang),
            })
          : t('careers.retention.outflowTitle')
      }
      subtitle={t('careers.retention.outflowSubtitle')}
      source={source}
      chart={
        <BarChart
          h={280}
          data={data}
          dataKey="label"
          orientation="vertical"
          series={[{ name: 'share', label: t('careers.retention.shareColumn'), color: 'blue.8' }]}
          xAxisProps={{ domain: [0, 100] }}
          yAxisProps={{ width: phone ? 120 : 180 }}
          withBarValueLabel
          valueFormatter={(v) => `${formatNumber(v)} %`}
          gridAxis="x"
          role="img"
          aria-label={data.map((d) => `${d.label}: ${d.share === null ? '—' : `${d.share} %`}`).join('; ')}
        />
      }
      table={
        <ScrollTable minWidth={320}>
          <Table
            striped
            aria-label={t('careers.retention.outflowTable')}
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('careers.retention.whereColumn')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('careers.retention.peopleColumn')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('careers.retention.shareColumn')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {slices.map((s) => (
                <Table.Tr key={s.bucket}>
                  <Table.Th scope="row" fw={500}>
                    {t(`careers.geo.${s.bucket}`)}
                  </Table.Th>
                  {s.suppressed || s.count === null ? (
                    <Table.Td colSpan={2} ta="right">
                      <Text fw={600} span aria-hidden>
                        —{' '}
                      </Text>
                      <Text size="sm" c="dimmed" span>
                        {s.suppressed
                          ? t('careers.retention.suppressedShort')
                          : t('careers.retention.noData')}
                      </Text>
                    </Table.Td>
                  ) : (
                    <>
                      <Table.Td ta="right">{formatNumber(s.count)}</Table.Td>
                      <Table.Td ta="right">{s.share === null ? '—' : formatShare(s.share, lang)}</Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      }
    />
  );
}

/** Retention at 12 months by graduation year. */
function Trend({ view, source }: { view: View; source: string }) {
  const { t, i18n } = useTranslation('careers');
  const lang = i18n.language;
  const data = view.trend.map((p) => ({ cohort: String(p.cohort), share: percent(p.cell) }));
  const shown = view.trend.filter((p) => percent(p.cell) !== null);
  const first = shown[0];
  const last = shown[shown.length - 1];
  return (
    <ChartPanel
      title={
        first && last && first !== last
          ? t('careers.retention.trendFinding', {
              from: first.cohort,
              to: last.cohort,
              fromShare: formatShare(first.cell.share ?? 0, lang),
              toShare: formatShare(last.cell.share ?? 0, lang),
            })
          : t('careers.retention.trendTitle')
      }
      subtitle={t('careers.retention.trendSubtitle')}
      source={source}
      chart={
        <LineChart
          h={260}
          data={data}
          dataKey="cohort"
          series={[{ name: 'share', label: t('careers.retention.horizon', { months: 12 }), color: 'blue.8' }]}
          yAxisProps={{ domain: [0, 100] }}
          connectNulls={false}
          valueFormatter={(v) => `${formatNumber(v)} %`}
          gridAxis="y"
          role="img"
          aria-label={data.map((d) => `${d.cohort}: ${d.share === null ? '—' : `${d.share} %`}`).join('; ')}
        />
      }
      table={
        <ScrollTable minWidth={300}>
          <Table
            striped
            aria-label={t('careers.retention.trendTable')}
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('careers.retention.grouping.cohort')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('careers.retention.horizon', { months: 12 })}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.trend.map((p) => (
                <Table.Tr key={p.cohort}>
                  <Table.Th scope="row" fw={500}>
                    {p.cohort}
                  </Table.Th>
                  <Table.Td ta="right">
                    <RetentionCellText cell={p.cell} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      }
    />
  );
}

function Method({ minCell }: { minCell: number }) {
  const { t } = useTranslation('careers');
  return (
    <Section framed title={t('careers.retention.methodTitle')}>
      <List spacing="xs" size="sm">
        <List.Item>{t('careers.retention.methodEmployed')}</List.Item>
        <List.Item>{t('careers.retention.methodRegion')}</List.Item>
        <List.Item>{t('careers.retention.methodHorizon')}</List.Item>
        <List.Item>{t('careers.retention.methodShare')}</List.Item>
        <List.Item>{t('careers.retention.methodSuppressed', { min: minCell })}</List.Item>
        <List.Item>{t('careers.retention.methodSources')}</List.Item>
      </List>
    </Section>
  );
}

/** Public: how many employed graduates of the Tomsk universities work in the region, and where the others went. */
export function RetentionPage() {
  const { t, i18n } = useTranslation('careers');
  const lang = i18n.language;
  const { filters, update } = useFilters();
  const retention = useRetention(filters);
  const view = retention.data;

  const downloads = (
    <>
      {(['xlsx', 'csv'] as const).map((f) => (
        <Button
          key={f}
          component="a"
          href={retentionExportUrl(filters, f)}
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t(`careers.retention.download.${f}`)}
        </Button>
      ))}
    </>
  );
  const header = (
    <PageHeader
      title={t('careers.retention.title')}
      crumbs={[]}
      description={t('careers.retention.intro')}
      actions={downloads}
    />
  );
  let body: React.ReactNode;
  if (retention.isPending) body = <LoadingState rows={10} />;
  else if (retention.isError || !view)
    body = <ErrorState error={retention.error} onRetry={() => void retention.refetch()} />;
  else if (view.rows.length === 0 && view.total.every((c) => !c.graduates))
    body = (
      <EmptyState
        title={t('careers.retention.emptyTitle')}
        text={t('careers.retention.emptyText')}
        action={
          filters.universityId || filters.cohortFrom || filters.cohortTo ? (
            <Button
              variant="default"
              onClick={() => update({ universityId: null, cohortFrom: null, cohortTo: null })}
            >
              {t('careers.retention.resetFilters')}
            </Button>
          ) : undefined
        }
      />
    );
  else {
    const source = t('careers.retention.source', { date: formatDate(view.computedAt, lang, TOMSK) });
    body = (
      <Box
        style={{ opacity: retention.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}
        aria-busy={retention.isPlaceholderData || undefined}
      >
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            {view.horizons.map((h) => {
              const c = cellAt(view.total, h);
              const shown = c && !c.suppressed && c.share !== null;
              return (
                <Paper key={h} withBorder p="md">
                  <Text size="sm" c="dimmed">
                    {t('careers.retention.kpi', { months: h })}
                  </Text>
                  <Text fz={28} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {shown ? formatShare(c.share ?? 0, lang) : '—'}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {shown
                      ? t('careers.retention.ofEmployedLong', {
                          inRegion: formatNumber(c.inRegion ?? 0),
                          employed: formatNumber(c.employed ?? 0),
                        })
                      : c?.suppressed
                        ? t('careers.retention.suppressedShort')
                        : t('careers.retention.noData')}
                  </Text>
                </Paper>
              );
            })}
          </SimpleGrid>
          <ByGroup view={view} source={source} />
          <Outflow view={view} source={source} />
          <Trend view={view} source={source} />
          <Method minCell={view.minCell} />
        </Stack>
      </Box>
    );
  }
  return (
    <>
      {header}
      <Filters view={view} filters={filters} update={update} />
      {body}
    </>
  );
}
