import type { ReportListQuery, ReportStatus } from '@inohub/contracts/zone/reporting';
import { and, asc, desc, eq, gt, inArray, isNull, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { conflict, notFound } from '../../../lib/errors.ts';
import { zoneResidentPlans, zoneResidents } from '../zone.tables.ts';
import { zoneReportingCalendars, zoneReportReminders, zoneReports } from '../zone-finance.tables.ts';
import { OPEN_REPORT_STATUSES, SUBMITTED_STATUSES } from './rules.ts';

// Queries of reporting: residents, calendars, reports, reminders, business plans. No rules here.

export type ReportRow = typeof zoneReports.$inferSelect;
export type ResidentRow = typeof zoneResidents.$inferSelect;
export type CalendarRow = typeof zoneReportingCalendars.$inferSelect;
export type PlanRow = typeof zoneResidentPlans.$inferSelect;

export async function getResident(db: Db, residentId: string): Promise<ResidentRow> {
  const [row] = await db.select().from(zoneResidents).where(eq(zoneResidents.id, residentId));
  if (!row) throw notFound('resident', 'zone.resident_not_found');
  return row;
}

// ── calendars

const sameZone = (zoneId: string | null) =>
  zoneId ? eq(zoneReportingCalendars.zoneId, zoneId) : isNull(zoneReportingCalendars.zoneId);

/** The versions in force on `day` for a zone: its own and the default (zone_id null). */
export const calendarsInForce = (db: Db, zoneId: string, day: string) =>
  db
    .select()
    .from(zoneReportingCalendars)
    .where(
      and(
        or(eq(zoneReportingCalendars.zoneId, zoneId), isNull(zoneReportingCalendars.zoneId)),
        lte(zoneReportingCalendars.effectiveFrom, day),
        or(isNull(zoneReportingCalendars.effectiveTo), gt(zoneReportingCalendars.effectiveTo, day)),
      ),
    );

export const listCalendars = (db: Db, zoneId?: string) =>
  db
    .select()
    .from(zoneReportingCalendars)
    .where(
      zoneId
        ? or(eq(zoneReportingCalendars.zoneId, zoneId), isNull(zoneReportingCalendars.zoneId))
        : undefined,
    )
    .orderBy(asc(zoneReportingCalendars.zoneId), asc(zoneReportingCalendars.effectiveFrom));

/** Start of the first version of the same zone after `day`, if any. */
export async function nextCalendarStart(db: Db, zoneId: string | null, day: string): Promise<string | null> {
  const [next] = await db
    .select({ from: zoneReportingCalendars.effectiveFrom })
    .from(zoneReportingCalendars)
    .where(and(sameZone(zoneId), gt(zoneReportingCalendars.effectiveFrom, day)))
    .orderBy(asc(zoneReportingCalendars.effectiveFrom))
    .limit(1);
  return next?.from ?? null;
}

/** Ends at `day` the version of the same zone that started before it and runs past it. */
export async function endCalendarAt(db: Db, zoneId: string | null, day: string): Promise<void> {
  await db
    .update(zoneReportingCalendars)
    .set({ effectiveTo: day, updatedAt: new Date() })
    .where(
      and(
        sameZone(zoneId),
        lt(zoneReportingCalendars.effectiveFrom, day),
        or(isNull(zoneReportingCalendars.effectiveTo), gt(zoneReportingCalendars.effectiveTo, day)),
      ),
    );
}

export async function insertCalendar(
  db: Db,
  values: typeof zoneReportingCalendars.$inferInsert,
): Promise<CalendarRow> {
  const [row] = await db.insert(zoneReportingCalendars).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

// ── obligations

export function residentsHoldingStatusBy(
  db: Db,
  q: { statuses: readonly ResidentRow['status'][]; by: string; zoneId?: string | null; residentId?: string },
) {
  const conditions: SQL[] = [inArray(zoneResidents.status, [...q.statuses]), lte(zoneResidents.since, q.by)];
  if (q.zoneId) conditions.push(eq(zoneResidents.zoneId, q.zoneId));
  if (q.residentId) conditions.push(eq(zoneResidents.id, q.residentId));
  return db
    .select({ id: zoneResidents.id, zoneId: zoneResidents.zoneId })
    .from(zoneResidents)
    .where(and(...conditions));
}

/** Inserts the obligation unless the (resident, period) exists; true when it was created. */
export async function insertObligation(db: Db, values: typeof zoneReports.$inferInsert): Promise<boolean> {
  const inserted = await db
    .insert(zoneReports)
    .values(values)
    .onConflictDoNothing({ target: [zoneReports.residentId, zoneReports.period] })
    .returning({ id: zoneReports.id });
  return inserted.length > 0;
}

// ── reports

function overdueWhere(residentId: string, today: string): SQL {
  return and(
    eq(zoneReports.residentId, residentId),
    inArray(zoneReports.status, [...OPEN_REPORT_STATUSES]),
    lt(zoneReports.dueOn, today),
  ) as SQL;
}

export const overdueOf = (db: Db, residentId: string, today: string) =>
  db
    .select({
      id: zoneReports.id,
      period: zoneReports.period,
      dueOn: zoneReports.dueOn,
      status: zoneReports.status,
    })
    .from(zoneReports)
    .where(overdueWhere(residentId, today))
    .orderBy(asc(zoneReports.dueOn));

export async function anyOverdue(db: Db, residentId: string, today: string): Promise<boolean> {
  const [row] = await db
    .select({ id: zoneReports.id })
    .from(zoneReports)
    .where(overdueWhere(residentId, today))
    .limit(1);
  return !!row;
}

export async function getReport(db: Db, reportId: string): Promise<ReportRow> {
  const [row] = await db.select().from(zoneReports).where(eq(zoneReports.id, reportId));
  if (!row) throw notFound('report', 'zone.report_not_found');
  return row;
}

/** A resident's reports, newest period first. */
export const reportsOfResident = (db: Db, residentId: string) =>
  db
    .select()
    .from(zoneReports)
    .where(eq(zoneReports.residentId, residentId))
    .orderBy(desc(zoneReports.periodEnd), asc(zoneReports.kind));

/** A resident's reports in no particular order (the ledger and the flags sort what they need). */
export const allReportsOf = (db: Db, residentId: string) =>
  db.select().from(zoneReports).where(eq(zoneReports.residentId, residentId));

export const submittedReports = (db: Db, residentIds?: string[]) =>
  db
    .select()
    .from(zoneReports)
    .where(
      and(
        inArray(zoneReports.status, [...SUBMITTED_STATUSES]),
        residentIds
          ? inArray(
              zoneReports.residentId,
              residentIds.length ? residentIds : ['00000000-0000-0000-0000-000000000000'],
            )
          : undefined,
      ),
    );

export async function reportPage(db: Db, q: ReportListQuery, today: string) {
  const conditions: SQL[] = [];
  if (q.zoneId) conditions.push(eq(zoneResidents.zoneId, q.zoneId));
  if (q.residentId) conditions.push(eq(zoneReports.residentId, q.residentId));
  if (q.period) conditions.push(eq(zoneReports.period, q.period));
  if (q.status) conditions.push(eq(zoneReports.status, q.status));
  if (q.overdue === true)
    conditions.push(inArray(zoneReports.status, [...OPEN_REPORT_STATUSES]), lt(zoneReports.dueOn, today));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await db
    .select({ report: zoneReports, organizationId: zoneResidents.organizationId })
    .from(zoneReports)
    .innerJoin(zoneResidents, eq(zoneResidents.id, zoneReports.residentId))
    .where(where)
    .orderBy(desc(zoneReports.dueOn), asc(zoneReports.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(zoneReports)
    .innerJoin(zoneResidents, eq(zoneResidents.id, zoneReports.residentId))
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

/**
 * Updates a report if nobody changed it since it was read (its version) and bumps the version;
 * 409 otherwise.
 */
export async function updateReportAtVersion(
  db: Db,
  report: Pick<ReportRow, 'id' | 'version'>,
  set: Partial<typeof zoneReports.$inferInsert>,
): Promise<ReportRow> {
  const [row] = await db
    .update(zoneReports)
    .set({ ...set, version: sql`${zoneReports.version} + 1`, updatedAt: new Date() })
    .where(and(eq(zoneReports.id, report.id), eq(zoneReports.version, report.version)))
    .returning();
  if (!row) throw conflict('zone.report_version', 'The report was changed meanwhile; reload it');
  return row;
}

/** Updates a report still in `status` and bumps its version; null when it left that status meanwhile. */
export async function updateReportInStatus(
  db: Db,
  reportId: string,
  status: ReportStatus,
  set: Partial<typeof zoneReports.$inferInsert>,
): Promise<ReportRow | null> {
  const [row] = await db
    .update(zoneReports)
    .set({ ...set, version: sql`${zoneReports.version} + 1`, updatedAt: new Date() })
    .where(and(eq(zoneReports.id, reportId), eq(zoneReports.status, status)))
    .returning();
  return row ?? null;
}

// ── reminders

/** Open reports due by `horizon` of residents not terminated, oldest due first. */
export const openReportsDueBy = (db: Db, horizon: string) =>
  db
    .select({
      report: zoneReports,
      zoneId: zoneResidents.zoneId,
      organizationId: zoneResidents.organizationId,
    })
    .from(zoneReports)
    .innerJoin(zoneResidents, eq(zoneResidents.id, zoneReports.residentId))
    .where(
      and(
        inArray(zoneReports.status, [...OPEN_REPORT_STATUSES]),
        lte(zoneReports.dueOn, horizon),
        ne(zoneResidents.status, 'terminated'),
      ),
    )
    .orderBy(asc(zoneReports.dueOn), asc(zoneReports.id));

/** Marks a reminder stage as sent; null when it already was (the idempotency of reminders). */
export async function claimReminderStage(db: Db, reportId: string, stage: string): Promise<string | null> {
  const [mark] = await db
    .insert(zoneReportReminders)
    .values({ reportId, stage })
    .onConflictDoNothing()
    .returning({ id: zoneReportReminders.id });
  return mark?.id ?? null;
}

export async function setReminderRecipients(db: Db, reminderId: string, recipients: number): Promise<void> {
  await db.update(zoneReportReminders).set({ recipients }).where(eq(zoneReportReminders.id, reminderId));
}

// ── business plans

export const plansOf = (db: Db, residentId: string): Promise<PlanRow[]> =>
  db
    .select()
    .from(zoneResidentPlans)
    .where(eq(zoneResidentPlans.residentId, residentId))
    .orderBy(asc(zoneResidentPlans.year));
