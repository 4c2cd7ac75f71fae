import type { FactsSource } from '@inohub/contracts/zone/reporting';
import type { ReportRow } from './repo.ts';
import { isSubmitted } from './rules.ts';

// A resident's reported facts per year: what the ledger, the flags, plan vs fact and the register
// statistics compare against (docs/domain/zone.md, "reporting calendar").

export interface YearFacts {
  residentId: string;
  year: number;
  /** Where the figures come from: the annual report, or the sum of the quarterly ones. */
  source: FactsSource;
  quarters: number;
  capexKopecks: number;
  rndKopecks: number;
  investmentKopecks: number;
  revenueKopecks: number;
  tvtRevenueKopecks: number;
  exportsKopecks: number;
  taxesPaidKopecks: number;
  benefitsUsedKopecks: number;
  /** Headcount at the end of the year (latest report): the jobs figure compared with the plan. */
  jobs: number;
  newJobs: number;
  avgMonthlyWageKopecks: number;
}

const n0 = (v: number | null | undefined) => v ?? 0;

/**
 * Facts from submitted or accepted reports: the annual report when there is one (it restates the
 * year), else the quarters summed. Sorted by resident, then year.
 */
export function factsFromReports(reports: readonly ReportRow[]): YearFacts[] {
  const byKey = new Map<string, ReportRow[]>();
  for (const r of reports) {
    if (!isSubmitted(r.status)) continue;
    const key = `${r.residentId}|${r.year}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const out: YearFacts[] = [];
  for (const list of byKey.values()) {
    const first = list[0] as ReportRow;
    const annual = list.find((r) => r.kind === 'annual');
    const quarters = list.filter((r) => r.kind === 'quarterly').sort((a, b) => n0(a.quarter) - n0(b.quarter));
    const src = annual ? [annual] : quarters;
    const sum = (k: keyof ReportRow) => src.reduce((s, r) => s + n0(r[k] as number | null), 0);
    const last = annual ?? quarters[quarters.length - 1];
    const wages = src.filter((r) => r.avgMonthlyWageKopecks !== null);
    out.push({
      residentId: first.residentId,
      year: first.year,
      source: annual ? 'annual' : 'quarterly',
      quarters: quarters.length,
      capexKopecks: sum('capexKopecks'),
      rndKopecks: sum('rndKopecks'),
      investmentKopecks: sum('investmentKopecks'),
      revenueKopecks: sum('revenueKopecks'),
      tvtRevenueKopecks: sum('tvtRevenueKopecks'),
      exportsKopecks: sum('exportsKopecks'),
      taxesPaidKopecks: sum('taxesPaidKopecks'),
      benefitsUsedKopecks: sum('benefitsUsedKopecks'),
      jobs: n0(last?.headcount),
      newJobs: sum('newJobs'),
      avgMonthlyWageKopecks: wages.length
        ? Math.round(wages.reduce((s, r) => s + n0(r.avgMonthlyWageKopecks), 0) / wages.length)
        : 0,
    });
  }
  return out.sort((a, b) =>
    a.residentId === b.residentId ? a.year - b.year : a.residentId < b.residentId ? -1 : 1,
  );
}
