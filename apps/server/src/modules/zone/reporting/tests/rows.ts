import type { ReportRow } from '../repo.ts';

/** A report row as the database returns it, for unit tests of pure functions: an empty quarterly obligation unless told. */
export function reportRow(over: Partial<ReportRow> = {}): ReportRow {
  const at = new Date('2025-01-01T00:00:00Z');
  return {
    id: '00000000-0000-4000-8000-000000000001',
    residentId: '00000000-0000-4000-8000-0000000000aa',
    kind: 'quarterly',
    period: '2025-Q1',
    year: 2025,
    quarter: 1,
    periodStart: '2025-01-01',
    periodEnd: '2025-03-31',
    dueOn: '2025-04-20',
    status: 'due',
    version: 1,
    headcount: null,
    newJobs: null,
    avgMonthlyWageKopecks: null,
    revenueKopecks: null,
    tvtRevenueKopecks: null,
    investmentKopecks: null,
    capexKopecks: null,
    rndKopecks: null,
    exportsKopecks: null,
    taxesPaidKopecks: null,
    benefitsUsedKopecks: null,
    sezProfitBaseKopecks: null,
    payrollUnderCapKopecks: null,
    payrollAboveCapKopecks: null,
    propertyAssets: [],
    landPlots: [],
    vehicles: [],
    comment: null,
    submittedAt: null,
    submittedBy: null,
    reviewedAt: null,
    reviewedBy: null,
    reviewComment: null,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

/** A submitted quarterly report of `year`-Q`quarter` with the given figures. */
export const quarterly = (year: number, quarter: number, over: Partial<ReportRow> = {}) =>
  reportRow({
    id: `00000000-0000-4000-8000-${String(year * 10 + quarter).padStart(12, '0')}`,
    period: `${year}-Q${quarter}`,
    year,
    quarter,
    status: 'submitted',
    ...over,
  });

/** A submitted annual report of `year` with the given figures. */
export const annual = (year: number, over: Partial<ReportRow> = {}) =>
  reportRow({
    id: `00000000-0000-4000-8000-${String(year).padStart(12, '0')}`,
    kind: 'annual',
    period: String(year),
    year,
    quarter: null,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    dueOn: `${year + 1}-04-30`,
    status: 'submitted',
    ...over,
  });
