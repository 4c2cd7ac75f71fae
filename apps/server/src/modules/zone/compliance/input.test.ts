import type { LedgerEntry } from '@inohub/contracts/zone/benefits';
import { describe, expect, it } from 'vitest';
import { annual, quarterly, reportRow } from '../reporting/tests/rows.ts';
import { buildComplianceInput, type ResidentComplianceData } from './input.ts';

const at = new Date('2025-01-01T00:00:00Z');
const plan = (year: number, capexKopecks: number) => ({
  residentId: 'r1',
  year,
  capexKopecks,
  rndKopecks: 0,
  jobs: 0,
  revenueKopecks: 0,
  createdAt: at,
  updatedAt: at,
});
const data = (over: Partial<ResidentComplianceData> = {}): ResidentComplianceData => ({
  since: '2022-05-01',
  reports: [],
  plans: [],
  deliverables: [],
  invoices: [],
  claims: [],
  ledger: [],
  ...over,
});

describe('inputs of the compliance flags', () => {
  it('T1 compares completed plan years from the first year with reported facts', () => {
    const input = buildComplianceInput(
      data({
        plans: [plan(2022, 100), plan(2023, 100), plan(2024, 100), plan(2026, 100)],
        reports: [annual(2023, { capexKopecks: 40 })],
      }),
      '2026-03-01',
    );
    // 2022 is before the first fact; 2026 is not completed; 2024 has no report → 0 actual
    expect(input.capexByYear).toEqual([
      { year: 2023, plannedKopecks: 100, actualKopecks: 40 },
      { year: 2024, plannedKopecks: 100, actualKopecks: 0 },
    ]);
  });

  it('no reported fact at all leaves T1 nothing to compare', () => {
    expect(buildComplianceInput(data({ plans: [plan(2023, 100)] }), '2026-03-01').capexByYear).toEqual([]);
  });

  it('T2 sees submitted quarters only; T5 sees the reports still owed', () => {
    const input = buildComplianceInput(
      data({
        reports: [
          quarterly(2025, 1, { tvtRevenueKopecks: 5 }),
          quarterly(2025, 2, { status: 'draft' }),
          reportRow({ id: 'owed', period: '2025-Q3', status: 'returned', dueOn: '2025-10-20' }),
        ],
      }),
      '2026-03-01',
    );
    expect(input.quarters).toEqual([
      { period: '2025-Q1', year: 2025, quarter: 1, tvtRevenueKopecks: 5, rndKopecks: 0 },
    ]);
    expect(input.openReports.map((r) => [r.period, r.status])).toEqual([
      ['2025-Q2', 'draft'],
      ['2025-Q3', 'returned'],
    ]);
  });

  it('T6 sees the years in which the proportionality test applied', () => {
    const year = (y: number, test: LedgerEntry['proportionality']['test']) =>
      ({
        year: y,
        proportionality: {
          test,
          window: test === 'not_applicable' ? null : { fromYear: y, benefits: 9, investments: 4 },
        },
      }) as LedgerEntry;
    const input = buildComplianceInput(
      data({ ledger: [year(2025, 'not_applicable'), year(2026, 'breach')] }),
      '2027-02-01',
    );
    expect(input.proportionality).toEqual([{ year: 2026, test: 'breach', benefits: 9, investments: 4 }]);
  });
});
