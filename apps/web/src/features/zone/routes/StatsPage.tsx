import type { Wire } from '@inohub/contracts/wire';
import type { StatsView } from '@inohub/contracts/zone/register';
import { BarChart, DonutChart } from '@mantine/charts';
import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/QueryStatus.tsx';
import { formatDate, formatMillions, formatNumber, formatShare, TOMSK } from '../../../lib/format.ts';
import { useStats } from '../api/useStats.ts';
import { ChartCard } from '../components/ChartCard.tsx';
import { fromMillionRoubles, toMillionRoubles } from '../components/names.ts';

function Share({
  stats,
  kind,
  asOf,
}: {
  stats: Wire<typeof StatsView>;
  kind: 'it' | 'foreign';
  asOf: string;
}) {
  const { t, i18n } = useTranslation('zone');
  const lang = i18n.language;
  const share = kind === 'it' ? stats.itShare : stats.foreignCapitalShare;
  const total = stats.residents.current;
  const yes = Math.round(share * total);
  const label = (k: 'yes' | 'no') => t(`zone.stats.${kind}.${k}`);
  const data = [
    { name: label('yes'), value: yes, color: 'blue.8' },
    { name: label('no'), value: total - yes, color: 'gray.4' },
  ];
  return (
    <ChartCard
      title={t(`zone.stats.${kind}.finding`, { share: formatShare(share, lang) })}
      subtitle={t('zone.stats.shareSubtitle', { count: total, formatted: formatNumber(total) })}
      source={t('zone.stats.sourceRegister', { date: asOf })}
      csvName={`inohub-zone-${kind}-share`}
      chart={
        <Group justify="center" gap="xl">
          <DonutChart
            data={data}
            size={160}
            thickness={28}
            chartLabel={formatShare(share, lang)}
            withTooltip={false}
            role="img"
            aria-label={data.map((d) => `${d.name}: ${formatNumber(d.value)}`).join('; ')}
          />
          <Stack gap={6} aria-hidden>
            {data.map((d) => (
              <Group key={d.name} gap={8} wrap="nowrap">
                <span
                  style={{
                    width: 12,
                    height: 12,
                    borderRadius: 2,
                    background: `var(--mantine-color-${d.color.replace('.', '-')})`,
                  }}
                />
                <Text size="sm">
                  {d.name}: <b>{formatNumber(d.value)}</b>
                </Text>
              </Group>
            ))}
          </Stack>
        </Group>
      }
      table={{
        columns: [t('zone.stats.group'), t('zone.stats.residentsUnit'), t('zone.stats.share')],
        rows: data.map((d) => ({
          key: d.name,
          cells: [d.name, formatNumber(d.value), formatShare(total ? d.value / total : 0, lang)],
          raw: [d.name, d.value, total ? d.value / total : 0],
        })),
      }}
    />
  );
}

/** Public zone indicators: who the residents are and how they keep their commitments. */
export function StatsPage() {
  const { t, i18n } = useTranslation('zone');
  const lang = i18n.language;
  const stats = useStats();
  const phone = useMediaQuery('(max-width: 36em)');

  const header = <PageHeader title={t('zone.stats.title')} crumbs={[]} description={t('zone.stats.intro')} />;
  if (stats.isPending)
    return (
      <>
        {header}
        <LoadingState rows={10} />
      </>
    );
  if (stats.isError)
    return (
      <>
        {header}
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      </>
    );
  const s = stats.data;
  if (s.residents.total === 0)
    return (
      <>
        {header}
        <EmptyState title={t('zone.stats.emptyTitle')} text={t('zone.stats.emptyText')} />
      </>
    );

  const asOf = formatDate(new Date(stats.dataUpdatedAt), undefined, TOMSK);
  const thisYear = new Date().getFullYear();
  const byYear = s.byYearOfAdmission;
  const peak = [...byYear].sort((a, b) => b.count - a.count || b.year - a.year)[0];
  const byStatus = s.byStatus.map((x) => ({ ...x, label: t(`zone.residentStatus.${x.status}`) }));
  // Years with reported facts (reports in Inohub start in a given year); the plan alone before that
  // would read as a shortfall. Without any facts yet, the plan is shown on its own.
  const upToNow = s.planVsFact.filter((y) => y.year <= thisYear);
  const withFacts = upToNow.filter((y) => y.fact);
  const pvf = (withFacts.length ? withFacts : upToNow).slice(-10);
  // The finding speaks of the last closed year; a year still being reported is marked in the chart.
  const lastFact = [...pvf].reverse().find((y) => y.fact && !y.partial);
  const partialYear = pvf.find((y) => y.partial)?.year;
  const yearLabel = (y: { year: number; partial: boolean }) =>
    y.partial ? t('zone.stats.partialYear', { year: y.year }) : String(y.year);
  const percent = (fact: number, plan: number) => (plan > 0 ? formatShare(fact / plan, lang) : '—');
  const jobsRows = pvf.map((y) => ({
    year: yearLabel(y),
    plan: y.plan.jobs,
    fact: y.fact?.jobs ?? null,
    all: y.jobsAllResidents,
  }));
  const invRows = pvf.map((y) => ({
    year: yearLabel(y),
    plan: toMillionRoubles(y.plan.capexKopecks + y.plan.rndKopecks),
    fact: y.fact ? toMillionRoubles(y.fact.capexKopecks + y.fact.rndKopecks) : null,
  }));
  const mln = (v: number) => formatMillions(fromMillionRoubles(v), lang);
  const planLabel = t('zone.stats.plan');
  const factLabel = t('zone.stats.fact');
  const sourceReports = t('zone.stats.sourceReports', { date: asOf });

  return (
    <>
      {header}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" mb="lg">
        {[
          [t('zone.stats.kpi.current'), formatNumber(s.residents.current)],
          [t('zone.stats.kpi.total'), formatNumber(s.residents.total)],
          [t('zone.stats.kpi.it'), formatShare(s.itShare, lang)],
          [t('zone.stats.kpi.foreign'), formatShare(s.foreignCapitalShare, lang)],
          ...(lastFact?.jobsAllResidents
            ? [[t('zone.stats.kpi.jobs', { year: lastFact.year }), formatNumber(lastFact.jobsAllResidents)]]
            : []),
        ].map(([label, value]) => (
          <Paper key={label} withBorder p="md">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fz={28} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Stack gap="lg">
        <ChartCard
          title={
            peak
              ? t('zone.stats.byYear.finding', {
                  year: peak.year,
                  count: peak.count,
                  formatted: formatNumber(peak.count),
                })
              : t('zone.stats.byYear.title')
          }
          subtitle={t('zone.stats.byYear.subtitle')}
          source={t('zone.stats.sourceRegister', { date: asOf })}
          csvName="inohub-zone-residents-by-year"
          chart={
            <BarChart
              h={260}
              data={byYear.map((y) => ({ year: String(y.year), count: y.count }))}
              dataKey="year"
              series={[{ name: 'count', label: t('zone.stats.residentsUnit'), color: 'blue.8' }]}
              yAxisProps={{ allowDecimals: false }}
              yAxisLabel={t('zone.stats.residentsUnit')}
              valueFormatter={(v) => formatNumber(v)}
              gridAxis="y"
              role="img"
              aria-label={byYear.map((y) => `${y.year}: ${y.count}`).join('; ')}
            />
          }
          table={{
            columns: [t('zone.stats.year'), t('zone.stats.residentsUnit')],
            rows: byYear.map((y) => ({
              key: String(y.year),
              cells: [String(y.year), formatNumber(y.count)],
              raw: [y.year, y.count],
            })),
          }}
        />
        <ChartCard
          title={t('zone.stats.byStatus.finding', {
            current: formatNumber(s.residents.current),
            count: s.residents.total,
            total: formatNumber(s.residents.total),
          })}
          subtitle={t('zone.stats.byStatus.subtitle')}
          source={t('zone.stats.sourceRegister', { date: asOf })}
          csvName="inohub-zone-residents-by-status"
          chart={
            <BarChart
              h={Math.max(160, byStatus.length * 48)}
              data={byStatus}
              dataKey="label"
              orientation="vertical"
              series={[{ name: 'count', label: t('zone.stats.residentsUnit'), color: 'blue.8' }]}
              yAxisProps={{ width: phone ? 110 : 200 }}
              xAxisProps={{ allowDecimals: false }}
              withBarValueLabel
              valueFormatter={(v) => formatNumber(v)}
              gridAxis="x"
              role="img"
              aria-label={byStatus.map((x) => `${x.label}: ${x.count}`).join('; ')}
            />
          }
          table={{
            columns: [t('zone.stats.status'), t('zone.stats.residentsUnit')],
            rows: byStatus.map((x) => ({
              key: x.status,
              cells: [x.label, formatNumber(x.count)],
              raw: [x.label, x.count],
            })),
          }}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Share stats={s} kind="it" asOf={asOf} />
          <Share stats={s} kind="foreign" asOf={asOf} />
        </SimpleGrid>
        <ChartCard
          title={
            lastFact?.fact
              ? t('zone.stats.jobs.finding', {
                  year: lastFact.year,
                  fact: formatNumber(lastFact.fact.jobs),
                  plan: formatNumber(lastFact.plan.jobs),
                  percent: percent(lastFact.fact.jobs, lastFact.plan.jobs),
                })
              : t('zone.stats.jobs.noFacts')
          }
          subtitle={t('zone.stats.jobs.subtitle')}
          source={sourceReports}
          csvName="inohub-zone-jobs-plan-fact"
          chart={
            <BarChart
              h={280}
              data={jobsRows}
              dataKey="year"
              series={[
                { name: 'plan', label: planLabel, color: 'gray.5' },
                { name: 'fact', label: factLabel, color: 'blue.8' },
              ]}
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              yAxisLabel={t('zone.stats.jobs.unit')}
              valueFormatter={(v) => formatNumber(v)}
              gridAxis="y"
              role="img"
              aria-label={jobsRows
                .map((r) => `${r.year}: ${planLabel} ${r.plan}, ${factLabel} ${r.fact ?? '—'}`)
                .join('; ')}
            />
          }
          table={{
            columns: [t('zone.stats.year'), planLabel, factLabel, t('zone.stats.jobs.allResidents')],
            rows: jobsRows.map((r) => ({
              key: r.year,
              cells: [
                r.year,
                formatNumber(r.plan),
                r.fact === null ? '—' : formatNumber(r.fact),
                r.all === null ? '—' : formatNumber(r.all),
              ],
              raw: [r.year, r.plan, r.fact, r.all],
            })),
          }}
        />
        <ChartCard
          title={
            lastFact?.fact
              ? t('zone.stats.investment.finding', {
                  year: lastFact.year,
                  fact: formatMillions(lastFact.fact.capexKopecks + lastFact.fact.rndKopecks, lang),
                  plan: formatMillions(lastFact.plan.capexKopecks + lastFact.plan.rndKopecks, lang),
                  percent: percent(
                    lastFact.fact.capexKopecks + lastFact.fact.rndKopecks,
                    lastFact.plan.capexKopecks + lastFact.plan.rndKopecks,
                  ),
                })
              : t('zone.stats.investment.noFacts')
          }
          subtitle={t('zone.stats.investment.subtitle')}
          source={sourceReports}
          csvName="inohub-zone-investment-plan-fact"
          chart={
            <BarChart
              h={280}
              data={invRows}
              dataKey="year"
              series={[
                { name: 'plan', label: planLabel, color: 'gray.5' },
                { name: 'fact', label: factLabel, color: 'blue.8' },
              ]}
              withLegend
              legendProps={{ verticalAlign: 'bottom' }}
              yAxisLabel={t('zone.stats.mlnRub')}
              valueFormatter={(v) => formatNumber(Math.round(v))}
              gridAxis="y"
              role="img"
              aria-label={invRows
                .map(
                  (r) =>
                    `${r.year}: ${planLabel} ${mln(r.plan)}, ${factLabel} ${r.fact === null ? '—' : mln(r.fact)}`,
                )
                .join('; ')}
            />
          }
          table={{
            columns: [
              t('zone.stats.year'),
              `${planLabel}, ${t('zone.stats.mlnRub')}`,
              `${factLabel}, ${t('zone.stats.mlnRub')}`,
            ],
            rows: invRows.map((r) => ({
              key: r.year,
              cells: [r.year, mln(r.plan), r.fact === null ? '—' : mln(r.fact)],
              raw: [
                r.year,
                Math.round(r.plan * 10) / 10,
                r.fact === null ? null : Math.round(r.fact * 10) / 10,
              ],
            })),
          }}
        />
        {partialYear && (
          <Text size="sm" c="dimmed">
            {t('zone.stats.partialNote', { year: partialYear })}
          </Text>
        )}
        {!s.factsAvailable && (
          <Text size="sm" c="dimmed">
            {t('zone.stats.factsUnavailable')}
          </Text>
        )}
      </Stack>
    </>
  );
}
