import type { PlanFactRow } from '@inohub/contracts/zone/reporting';
import type { YearFacts } from './facts.ts';

// Plan (the agreement's business plan) against reported facts, per year and cumulative
// (docs/domain/zone.md, "reporting calendar": plan attainment).

export interface PlanYearFigures {
  year: number;
  capexKopecks: number;
  rndKopecks: number;
  jobs: number;
  revenueKopecks: number;
}

const n0 = (v: number | null | undefined) => v ?? 0;

/** actual / planned to 4 decimals; null when nothing was planned (no ratio to speak of). */
export const ratio = (actual: number, planned: number) =>
  planned > 0 ? Math.round((actual / planned) * 10_000) / 10_000 : null;

/** One row per year that has a plan or facts, oldest first, with running totals. */
export function planVsFactRows(
  plans: readonly PlanYearFigures[],
  facts: readonly Pick<
    YearFacts,
    'year' | 'capexKopecks' | 'rndKopecks' | 'jobs' | 'revenueKopecks' | 'source'
  >[],
): PlanFactRow[] {
  const years = [...new Set([...plans.map((p) => p.year), ...facts.map((f) => f.year)])].sort(
    (a, b) => a - b,
  );
  const cum = {
    plannedCapex: 0,
    actualCapex: 0,
    plannedRnd: 0,
    actualRnd: 0,
    plannedRevenue: 0,
    actualRevenue: 0,
  };
  return years.map((year) => {
    const p = plans.find((x) => x.year === year);
    const f = facts.find((x) => x.year === year);
    const planned = {
      capexKopecks: n0(p?.capexKopecks),
      rndKopecks: n0(p?.rndKopecks),
      jobs: n0(p?.jobs),
      revenueKopecks: n0(p?.revenueKopecks),
    };
    cum.plannedCapex += planned.capexKopecks;
    cum.plannedRnd += planned.rndKopecks;
    cum.plannedRevenue += planned.revenueKopecks;
    cum.actualCapex += n0(f?.capexKopecks);
    cum.actualRnd += n0(f?.rndKopecks);
    cum.actualRevenue += n0(f?.revenueKopecks);
    return {
      year,
      hasPlan: p !== undefined,
      planned,
      actual: f
        ? {
            capexKopecks: f.capexKopecks,
            rndKopecks: f.rndKopecks,
            jobs: f.jobs,
            revenueKopecks: f.revenueKopecks,
          }
        : null,
      factsSource: f?.source ?? null,
      // No report for the year is no fact, not 0 %: attainment is unknown then.
      attainment: f
        ? {
            capex: ratio(f.capexKopecks, planned.capexKopecks),
            rnd: ratio(f.rndKopecks, planned.rndKopecks),
            jobs: ratio(f.jobs, planned.jobs),
            revenue: ratio(f.revenueKopecks, planned.revenueKopecks),
          }
        : { capex: null, rnd: null, jobs: null, revenue: null },
      cumulative: {
        plannedCapexKopecks: cum.plannedCapex,
        actualCapexKopecks: cum.actualCapex,
        capex: ratio(cum.actualCapex, cum.plannedCapex),
        plannedRndKopecks: cum.plannedRnd,
        actualRndKopecks: cum.actualRnd,
        rnd: ratio(cum.actualRnd, cum.plannedRnd),
        plannedRevenueKopecks: cum.plannedRevenue,
        actualRevenueKopecks: cum.actualRevenue,
        revenue: ratio(cum.actualRevenue, cum.plannedRevenue),
      },
    };
  });
}
