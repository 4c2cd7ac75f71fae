import { describe, expect, it } from 'vitest';
import { factsFromReports } from './facts.ts';
import { annual, quarterly } from './tests/rows.ts';

describe('reported facts per year', () => {
  it('sums the submitted quarters when there is no annual report; jobs = the latest headcount', () => {
    const [f] = factsFromReports([
      quarterly(2025, 2, { capexKopecks: 30, headcount: 12, avgMonthlyWageKopecks: 200 }),
      quarterly(2025, 1, { capexKopecks: 10, headcount: 10, avgMonthlyWageKopecks: 100 }),
      quarterly(2025, 3, { capexKopecks: 99, status: 'draft' }),
    ]);
    expect(f).toMatchObject({ year: 2025, source: 'quarterly', quarters: 2, capexKopecks: 40, jobs: 12 });
    expect(f?.avgMonthlyWageKopecks).toBe(150);
  });

  it('takes the annual report over the quarters (it restates the year)', () => {
    const [f] = factsFromReports([
      quarterly(2025, 1, { capexKopecks: 10, headcount: 10 }),
      annual(2025, { capexKopecks: 500, headcount: 20, status: 'accepted' }),
    ]);
    expect(f).toMatchObject({ source: 'annual', quarters: 1, capexKopecks: 500, jobs: 20 });
  });

  it('gives one row per resident and year, in order; nothing from unsubmitted reports', () => {
    const other = '00000000-0000-4000-8000-0000000000bb';
    const facts = factsFromReports([
      quarterly(2026, 1, { residentId: other }),
      quarterly(2026, 1),
      quarterly(2025, 4),
      quarterly(2024, 4, { status: 'returned' }),
    ]);
    expect(facts.map((f) => [f.residentId.slice(-2), f.year])).toEqual([
      ['aa', 2025],
      ['aa', 2026],
      ['bb', 2026],
    ]);
  });
});
