import type { Db } from '../../lib/db/types.ts';
import {
  factsByResidentYear,
  assertNoOverdueReports as reportingGate,
  startReporting as startReportingObligations,
} from './reporting/index.ts';

/**
 * Gate of part B (reporting): leases and amendments are refused (422 zone.reports_overdue) while
 * the resident has overdue reports.
 */
export async function assertNoOverdueReports(db: Db, residentId: string): Promise<void> {
  await reportingGate(db, residentId);
}

/** Part B: a resident that starts work gets the obligation of the quarter under way. */
export async function startReporting(db: Db, residentId: string): Promise<void> {
  await startReportingObligations(db, residentId);
}

/** Reported facts per resident and year from part B's reporting, for the register statistics. */
export const factsSource: (db: Db) => Promise<
  Array<{
    residentId: string;
    year: number;
    source: 'annual' | 'quarterly';
    quarters: number;
    capexKopecks: number;
    rndKopecks: number;
    jobs: number;
    revenueKopecks: number;
  }>
> = (db) => factsByResidentYear(db);
