import { describe, expect, it } from 'vitest';
import { planVsFactRows, ratio } from './plan-vs-fact.ts';

const plan = (year: number, capexKopecks: number) => ({
  year,
  capexKopecks,
  rndKopecks: 0,
  jobs: 10,
  revenueKopecks: 1000,
});
const fact = (year: number, capexKopecks: number) => ({
  year,
  capexKopecks,
  rndKopecks: 0,
  jobs: 5,
  revenueKopecks: 500,
  source: 'annual' as const,
});

describe('plan vs fact', () => {
  it('attainment is actual / planned to 4 decimals, unknown when nothing was planned', () => {
    expect(ratio(1, 3)).toBe(0.3333);
    expect(ratio(5, 0)).toBeNull();
  });

  it('one row per year of the plan or the facts, with running totals', () => {
    const rows = planVsFactRows([plan(2024, 100), plan(2025, 100)], [fact(2024, 50), fact(2026, 30)]);
    expect(rows.map((r) => r.year)).toEqual([2024, 2025, 2026]);
    expect(rows[0]).toMatchObject({
      hasPlan: true,
      attainment: { capex: 0.5, rnd: null, jobs: 0.5, revenue: 0.5 },
      cumulative: { plannedCapexKopecks: 100, actualCapexKopecks: 50, capex: 0.5 },
    });
    expect(rows[2]).toMatchObject({
      hasPlan: false,
      planned: { capexKopecks: 0, jobs: 0 },
      cumulative: { plannedCapexKopecks: 200, actualCapexKopecks: 80, capex: 0.4 },
    });
  });

  it('a year without a report has no fact and no attainment (not 0 %)', () => {
    const [row] = planVsFactRows([plan(2025, 100)], []);
    expect(row?.actual).toBeNull();
    expect(row?.factsSource).toBeNull();
    expect(row?.attainment).toEqual({ capex: null, rnd: null, jobs: null, revenue: null });
  });
});
