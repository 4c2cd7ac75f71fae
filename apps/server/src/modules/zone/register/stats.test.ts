import { describe, expect, it } from 'vitest';
import { type FactRow, type StatsInput, statsOf } from './stats.ts';

const plan = (residentId: string, year: number, jobs: number) => ({
  residentId,
  year,
  capex: 100,
  rnd: 10,
  jobs,
  revenue: 1000,
});
const fact = (residentId: string, year: number, jobs: number, quarters = 4): FactRow => ({
  residentId,
  year,
  source: quarters < 4 ? 'quarterly' : 'annual',
  quarters,
  capexKopecks: 50,
  rndKopecks: 5,
  jobs,
  revenueKopecks: 500,
});
const base: StatsInput = {
  byStatus: [
    { status: 'terminated', n: 1 },
    { status: 'active', n: 3 },
  ],
  byYear: [{ year: 2025, n: 4 }],
  shares: { n: 3, it: 2, foreign: 1 },
  plans: [],
  facts: null,
  thisYear: 2026,
};

describe('statsOf', () => {
  it('counts residents and shares of the current ones', () => {
    const s = statsOf(base);
    expect(s.residents).toEqual({ total: 4, current: 3 });
    expect(s.byStatus.map((r) => r.status)).toEqual(['active', 'terminated']);
    expect(s.itShare).toBe(0.6667);
    expect(s.foreignCapitalShare).toBe(0.3333);
    expect(s.factsAvailable).toBe(false);
    expect(s.jobs).toEqual({ year: 2026, plan: 0, fact: null, allResidents: null });
  });

  it('sums a year’s facts only for residents whose plan has that year; jobs of all apart', () => {
    const s = statsOf({
      ...base,
      plans: [plan('a', 2026, 10), plan('b', 2024, 5)],
      facts: {
        rows: [fact('a', 2026, 8, 2), fact('b', 2026, 7), fact('x', 2026, 100)],
        residentIds: new Set(['a', 'b']),
      },
    });
    const y2026 = s.planVsFact.find((y) => y.year === 2026);
    expect(y2026).toMatchObject({ residentsWithPlan: 1, residentsReporting: 1, partial: true });
    expect(y2026?.fact?.jobs).toBe(8);
    expect(y2026?.jobsAllResidents).toBe(15);
    expect(s.jobs).toEqual({ year: 2026, plan: 10, fact: 8, allResidents: 15 });
    expect(s.planVsFact.map((y) => y.year)).toEqual([2024, 2026]);
    expect(s.planVsFact[0]?.fact).toBeNull();
  });

  it('no current residents: shares are 0, not NaN', () => {
    const s = statsOf({ ...base, shares: { n: 0, it: 0, foreign: 0 } });
    expect(s.itShare).toBe(0);
    expect(s.foreignCapitalShare).toBe(0);
  });
});
