import type {
  PlanFactRow,
  ReportListQuery,
  ReportPage,
  ResidentReportsView,
} from '@inohub/contracts/zone/reporting';
import type { Db } from '../../../lib/db/types.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { todayInTomsk } from '../common.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { factsFromReports, type YearFacts } from './facts.ts';
import { planVsFactRows } from './plan-vs-fact.ts';
import { reportView } from './present.ts';
import * as repo from './repo.ts';

// Reads of reporting. Every read of a resident's figures is audited: they are business secrets.

export const listCalendars = (db: Db, zoneId?: string) => repo.listCalendars(db, zoneId);

/** Reports of all residents with filters (zone administrators, analysts). */
export async function listReports(
  db: Db,
  audit: AuditContext,
  q: ReportListQuery,
  today: string = todayInTomsk(),
): Promise<ReportPage> {
  const { rows, total } = await repo.reportPage(db, q, today);
  const orgs = await organizationFactsMany(db, [...new Set(rows.map((r) => r.organizationId))]);
  const items = rows.map((r) => ({
    ...reportView(r.report, today),
    organizationId: r.organizationId,
    organizationName: orgs.get(r.organizationId)?.name ?? '',
  }));
  await recordAudit(db, audit, {
    action: 'zone.reports.list',
    objectType: 'zone_report',
    objectId: null,
    details: { ...q, returned: items.length },
  });
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** A resident's reports and obligations, and whether any is overdue. */
export async function residentReports(
  db: Db,
  audit: AuditContext,
  residentId: string,
  today: string = todayInTomsk(),
): Promise<ResidentReportsView> {
  const items = (await repo.reportsOfResident(db, residentId)).map((x) => reportView(x, today));
  await recordAudit(db, audit, {
    action: 'zone.reports.read',
    objectType: 'zone_resident',
    objectId: residentId,
  });
  return { overdue: items.some((x) => x.overdue), items };
}

export async function readReport(db: Db, audit: AuditContext, report: repo.ReportRow) {
  await recordAudit(db, audit, {
    action: 'zone.report.read',
    objectType: 'zone_report',
    objectId: report.id,
  });
  return reportView(report);
}

/** Reported facts of every resident by year (the register statistics read these). */
export async function factsByResidentYear(db: Db, residentIds?: string[]): Promise<YearFacts[]> {
  return factsFromReports(await repo.submittedReports(db, residentIds));
}

/** Plan (the agreement's business plan) against reported facts, per year and cumulative. */
export async function planVsFact(db: Db, residentId: string): Promise<PlanFactRow[]> {
  const plans = await repo.plansOf(db, residentId);
  return planVsFactRows(plans, await factsByResidentYear(db, [residentId]));
}

export async function readPlanVsFact(db: Db, audit: AuditContext, residentId: string) {
  const years = await planVsFact(db, residentId);
  await recordAudit(db, audit, {
    action: 'zone.plan_vs_fact.read',
    objectType: 'zone_resident',
    objectId: residentId,
  });
  return { residentId, years };
}
