import { describe, expect, it } from 'vitest';
import { type ComplianceInput, evaluateCompliance } from './evaluate.ts';

const th = {
  capexTolerancePercent: 10,
  persistentYears: 2,
  quartersWithoutActivity: 4,
  arrearsDays: 30,
  reportGraceDays: 10,
};
const empty: ComplianceInput = {
  today: '2026-06-01',
  capexByYear: [],
  quarters: [],
  deliverables: [],
  rentInvoices: [],
  openReports: [],
  proportionality: [],
  courtClaims: [],
};
const flagsOf = (input: Partial<ComplianceInput>) => evaluateCompliance({ ...empty, ...input }, th);

describe('compliance flags T1–T7', () => {
  it('raises nothing for a clean resident', () => {
    expect(flagsOf({})).toEqual([]);
  });

  it('T1: cumulative capex below plan × (1 − 10 %); persistent for 2 years → breach candidate', () => {
    // 2024: plan 100, actual 95 → 95 ≥ 90, fine. 2025: Σ plan 200, Σ actual 175 → 175 < 180 → warning
    const one = flagsOf({
      capexByYear: [
        { year: 2024, plannedKopecks: 100, actualKopecks: 95 },
        { year: 2025, plannedKopecks: 100, actualKopecks: 80 },
      ],
    });
    expect(one).toEqual([expect.objectContaining({ flag: 'T1', subjectKey: '2025', severity: 'warning' })]);
    // exactly 90 % is tolerated: Σ 90 of 100
    expect(flagsOf({ capexByYear: [{ year: 2025, plannedKopecks: 100, actualKopecks: 90 }] })).toEqual([]);
    // 2024: 80 < 90; 2025: Σ 160 < 180 → two years running → breach candidate
    const two = flagsOf({
      capexByYear: [
        { year: 2024, plannedKopecks: 100, actualKopecks: 80 },
        { year: 2025, plannedKopecks: 100, actualKopecks: 80 },
      ],
    });
    expect(two[0]).toMatchObject({
      flag: 'T1',
      severity: 'breach_candidate',
      evidence: {
        consecutiveYears: 2,
        cumulativePlannedCapexKopecks: 200,
        cumulativeActualCapexKopecks: 160,
      },
    });
  });

  it('T2: four consecutive quarters without TVT revenue or R&D', () => {
    const q = (year: number, quarter: number, tvt: number, rnd: number) => ({
      period: `${year}-Q${quarter}`,
      year,
      quarter,
      tvtRevenueKopecks: tvt,
      rndKopecks: rnd,
    });
    const idle = [q(2025, 1, 0, 0), q(2025, 2, 0, 0), q(2025, 3, 0, 0), q(2025, 4, 0, 0)];
    expect(flagsOf({ quarters: [q(2024, 4, 5, 0), ...idle] })).toEqual([
      expect.objectContaining({ flag: 'T2', subjectKey: 'since-2025-Q1' }),
    ]);
    expect(flagsOf({ quarters: [...idle.slice(0, 3), q(2025, 4, 0, 1)] })).toEqual([]);
  });

  it('T3 deliverable past due, T4 rent overdue > 30 days, T5 report missing after due + 10 days, T6 breach, T7 pending claim', () => {
    const flags = flagsOf({
      deliverables: [
        { id: 'd1', kind: 'project_documentation', title: 'ПД', dueOn: '2026-05-31', deliveredOn: null },
        { id: 'd2', kind: 'engineering_survey', title: 'ИИ', dueOn: '2026-05-01', deliveredOn: '2026-04-30' },
      ],
      rentInvoices: [
        {
          id: 'i1',
          leaseId: 'l',
          periodMonth: '2026-04-01',
          dueOn: '2026-04-10',
          amountKopecks: 1000,
          paidKopecks: 400,
        }, // 10 Apr + 30 = 10 May < 1 Jun
        {
          id: 'i2',
          leaseId: 'l',
          periodMonth: '2026-05-01',
          dueOn: '2026-05-10',
          amountKopecks: 1000,
          paidKopecks: 0,
        }, // 9 Jun: not yet
      ],
      openReports: [
        { id: 'r1', period: '2026-Q1', dueOn: '2026-04-20', status: 'due' }, // 20 Apr + 10 = 30 Apr < 1 Jun
        { id: 'r2', period: '2025', dueOn: '2026-05-25', status: 'draft' }, // 4 Jun: still in grace
      ],
      proportionality: [
        { year: 2026, test: 'breach', benefits: 200, investments: 100 },
        { year: 2027, test: 'in_grace', benefits: 200, investments: 100 },
      ],
      courtClaims: [
        { id: 'c1', caseNumber: 'А67-1/2026', filedOn: '2026-03-01', closedOn: null },
        { id: 'c2', caseNumber: 'А67-2/2025', filedOn: '2025-03-01', closedOn: '2025-09-01' },
      ],
    });
    expect(flags.map((f) => `${f.flag}:${f.subjectKey}:${f.severity}`)).toEqual([
      'T3:d1:breach_candidate',
      'T4:i1:breach_candidate',
      'T5:2026-Q1:escalation',
      'T6:2026:suspension',
      'T7:c1:block',
    ]);
    expect(flags[1]?.evidence).toMatchObject({ owedKopecks: 600 });
  });
});
