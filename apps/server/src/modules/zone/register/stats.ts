import type { PlanFigures, ResidentStatus, StatsView } from '@inohub/contracts/zone/register';

// The zone's public statistics from counts the repo gives: pure, so that the plan-vs-fact rule
// is tested without a database.

/** Reported facts of one resident and year (from reporting). */
export interface FactRow {
  residentId: string;
  year: number;
  /** 'quarterly' when the year has no annual report yet: the sums then cover only the quarters filed. */
  source: 'annual' | 'quarterly';
  quarters: number;
  capexKopecks: number;
  rndKopecks: number;
  jobs: number;
  revenueKopecks: number;
}

/** One year of one resident's business plan. */
export interface PlanRow {
  residentId: string;
  year: number;
  capex: number;
  rnd: number;
  jobs: number;
  revenue: number;
}

export interface StatsInput {
  byStatus: ReadonlyArray<{ status: ResidentStatus; n: number }>;
  byYear: ReadonlyArray<{ year: number; n: number }>;
  /** Current (not terminated) residents. */
  shares: { n: number; it: number; foreign: number };
  plans: readonly PlanRow[];
  /** Null when reporting is not available: the statistics then show plans only. */
  facts: { rows: readonly FactRow[]; residentIds: ReadonlySet<string> } | null;
  thisYear: number;
}

interface YearSums {
  capex: number;
  rnd: number;
  jobs: number;
  revenue: number;
}
const emptySums = (): YearSums => ({ capex: 0, rnd: 0, jobs: 0, revenue: 0 });
const figuresOf = (s: YearSums): PlanFigures => ({
  capexKopecks: s.capex,
  rndKopecks: s.rnd,
  jobs: s.jobs,
  revenueKopecks: s.revenue,
});
const share = (part: number, total: number) => (total ? Math.round((part / total) * 10_000) / 10_000 : 0);

/**
 * Residents by status and year, IT and foreign shares, plan vs fact.
 *
 * Plan vs fact compares like with like (docs/domain/zone.md, "Plan vs fact", zone
 * statistics): a year's fact sums only the residents whose business plan has that year, so a
 * resident whose plan ended long ago does not inflate the fact against a plan it no longer has.
 * Jobs of every resident are reported apart.
 */
export function statsOf(input: StatsInput): StatsView {
  const planByYear = new Map<number, YearSums & { residents: number }>();
  const planned = new Set<string>();
  for (const p of input.plans) {
    planned.add(`${p.residentId}|${p.year}`);
    const y = planByYear.get(p.year) ?? { ...emptySums(), residents: 0 };
    y.capex += p.capex;
    y.rnd += p.rnd;
    y.jobs += p.jobs;
    y.revenue += p.revenue;
    y.residents += 1;
    planByYear.set(p.year, y);
  }

  type FactSums = YearSums & { residents: number; partial: boolean };
  let factByYear: Map<number, FactSums> | null = null;
  let jobsAllByYear: Map<number, number> | null = null;
  if (input.facts) {
    factByYear = new Map();
    jobsAllByYear = new Map();
    for (const f of input.facts.rows) {
      if (!input.facts.residentIds.has(f.residentId)) continue;
      jobsAllByYear.set(f.year, (jobsAllByYear.get(f.year) ?? 0) + f.jobs);
      if (!planned.has(`${f.residentId}|${f.year}`)) continue;
      const y = factByYear.get(f.year) ?? { ...emptySums(), residents: 0, partial: false };
      y.capex += f.capexKopecks;
      y.rnd += f.rndKopecks;
      y.jobs += f.jobs;
      y.revenue += f.revenueKopecks;
      y.residents += 1;
      if (f.source === 'quarterly' && f.quarters < 4) y.partial = true;
      factByYear.set(f.year, y);
    }
  }
  const years = [...new Set([...planByYear.keys(), ...(factByYear ? factByYear.keys() : [])])].sort(
    (a, b) => a - b,
  );
  const { thisYear, shares } = input;
  return {
    residents: { total: input.byStatus.reduce((s, r) => s + r.n, 0), current: shares.n },
    byStatus: input.byStatus
      .map((r) => ({ status: r.status, count: r.n }))
      .sort((a, b) => a.status.localeCompare(b.status)),
    byYearOfAdmission: input.byYear.map((r) => ({ year: r.year, count: r.n })),
    itShare: share(shares.it, shares.n),
    foreignCapitalShare: share(shares.foreign, shares.n),
    jobs: {
      year: thisYear,
      plan: planByYear.get(thisYear)?.jobs ?? 0,
      fact: factByYear ? (factByYear.get(thisYear)?.jobs ?? null) : null,
      allResidents: jobsAllByYear ? (jobsAllByYear.get(thisYear) ?? null) : null,
    },
    factsAvailable: factByYear !== null,
    planVsFact: years.map((year) => {
      const p = planByYear.get(year);
      const f = factByYear?.get(year);
      return {
        year,
        residentsWithPlan: p?.residents ?? 0,
        residentsReporting: f?.residents ?? 0,
        partial: f?.partial ?? false,
        plan: figuresOf(p ?? emptySums()),
        fact: f ? figuresOf(f) : null,
        jobsAllResidents: jobsAllByYear?.get(year) ?? null,
      };
    }),
  };
}
