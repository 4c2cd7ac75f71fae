import type { ApplicationState, ApprovalStage } from '@inohub/contracts/zone/applications';
import { and, asc, count, desc, eq, inArray, isNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import {
  type ResidentStatus,
  zoneApplicationApprovals,
  zoneApplicationDocuments,
  zoneApplicationEvents,
  zoneApplications,
  zoneBuildings,
  zoneResidentPlans,
  zoneResidents,
  zones,
  zoneUnitHolds,
  zoneUnits,
} from '../zone.tables.ts';

// The applications feature's drizzle queries. No rules here: callers decide who may do what.

export type ApplicationRow = typeof zoneApplications.$inferSelect;
export type ApplicationValues = Partial<typeof zoneApplications.$inferInsert>;
export type DocumentRow = typeof zoneApplicationDocuments.$inferSelect;
export type EventInsert = typeof zoneApplicationEvents.$inferInsert;

/** The application, or 404; `lock` takes SELECT … FOR UPDATE so that writers queue. */
export async function findApplication(db: Db, id: string, lock = false): Promise<ApplicationRow> {
  const q = db.select().from(zoneApplications).where(eq(zoneApplications.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('application', 'zone.application_not_found');
  return row;
}

export async function findZone(db: Db, id: string) {
  const [zone] = await db.select().from(zones).where(eq(zones.id, id));
  if (!zone) throw notFound('zone', 'zone.zone_not_found');
  return zone;
}

export async function insertApplication(
  db: Db,
  values: typeof zoneApplications.$inferInsert,
): Promise<ApplicationRow> {
  const [row] = await db.insert(zoneApplications).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Writes the values and bumps the version (every write moves it; autosave compares it). */
export async function updateApplication(db: Db, id: string, values: ApplicationValues) {
  const [row] = await db
    .update(zoneApplications)
    .set({ ...values, version: sql`${zoneApplications.version} + 1` })
    .where(eq(zoneApplications.id, id))
    .returning();
  if (!row) throw notFound('application', 'zone.application_not_found');
  return row;
}

/** The same, only if the state is still `fromState`; undefined when somebody moved it meanwhile. */
export async function updateApplicationInState(
  db: Db,
  id: string,
  fromState: ApplicationState,
  values: ApplicationValues,
): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .update(zoneApplications)
    .set({ ...values, version: sql`${zoneApplications.version} + 1` })
    .where(and(eq(zoneApplications.id, id), eq(zoneApplications.state, fromState)))
    .returning();
  return row;
}

export async function insertEvent(db: Db, event: EventInsert): Promise<void> {
  await db.insert(zoneApplicationEvents).values(event);
}

export const eventsOf = (db: Db, id: string) =>
  db
    .select()
    .from(zoneApplicationEvents)
    .where(eq(zoneApplicationEvents.applicationId, id))
    .orderBy(asc(zoneApplicationEvents.createdAt), asc(zoneApplicationEvents.id));

/** How many times the application entered the state (approval bookkeeping events excluded). */
export async function countEntriesInto(db: Db, applicationId: string, state: ApplicationState) {
  const [row] = await db
    .select({ n: count() })
    .from(zoneApplicationEvents)
    .where(
      and(
        eq(zoneApplicationEvents.applicationId, applicationId),
        eq(zoneApplicationEvents.toState, state),
        ne(zoneApplicationEvents.action, 'approval_recorded'),
      ),
    );
  return row?.n ?? 0;
}

// ── documents

export async function existingUnitIds(db: Db, ids: readonly string[]): Promise<string[]> {
  const rows = await db
    .select({ id: zoneUnits.id })
    .from(zoneUnits)
    .where(inArray(zoneUnits.id, [...ids]));
  return rows.map((r) => r.id);
}

export async function insertDocument(db: Db, values: typeof zoneApplicationDocuments.$inferInsert) {
  const [row] = await db.insert(zoneApplicationDocuments).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function deleteDocument(db: Db, applicationId: string, documentId: string) {
  const [row] = await db
    .delete(zoneApplicationDocuments)
    .where(
      and(
        eq(zoneApplicationDocuments.id, documentId),
        eq(zoneApplicationDocuments.applicationId, applicationId),
      ),
    )
    .returning();
  return row;
}

export async function findDocument(db: Db, applicationId: string, documentId: string) {
  const [row] = await db
    .select()
    .from(zoneApplicationDocuments)
    .where(
      and(
        eq(zoneApplicationDocuments.id, documentId),
        eq(zoneApplicationDocuments.applicationId, applicationId),
      ),
    );
  return row;
}

export const documentsOf = (db: Db, id: string) =>
  db
    .select()
    .from(zoneApplicationDocuments)
    .where(eq(zoneApplicationDocuments.applicationId, id))
    .orderBy(asc(zoneApplicationDocuments.createdAt));

// ── four-eyes approvals

export const approvalsOf = (db: Db, id: string) =>
  db
    .select()
    .from(zoneApplicationApprovals)
    .where(eq(zoneApplicationApprovals.applicationId, id))
    .orderBy(asc(zoneApplicationApprovals.createdAt));

export const approvalsOfMany = (db: Db, ids: readonly string[]) =>
  ids.length
    ? db
        .select({
          applicationId: zoneApplicationApprovals.applicationId,
          stage: zoneApplicationApprovals.stage,
          adminId: zoneApplicationApprovals.adminId,
          round: zoneApplicationApprovals.round,
        })
        .from(zoneApplicationApprovals)
        .where(inArray(zoneApplicationApprovals.applicationId, [...ids]))
    : Promise.resolve([]);

/** False when this administrator already approved this stage and round (the unique index says so). */
export async function insertApproval(
  db: Db,
  values: { applicationId: string; stage: ApprovalStage; round: number; adminId: string; comment?: string },
): Promise<boolean> {
  const inserted = await db
    .insert(zoneApplicationApprovals)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: zoneApplicationApprovals.id });
  return inserted.length > 0;
}

export async function countApprovals(db: Db, applicationId: string, stage: ApprovalStage, round: number) {
  const [n] = await db
    .select({ n: count() })
    .from(zoneApplicationApprovals)
    .where(
      and(
        eq(zoneApplicationApprovals.applicationId, applicationId),
        eq(zoneApplicationApprovals.stage, stage),
        eq(zoneApplicationApprovals.round, round),
      ),
    );
  return n?.n ?? 0;
}

// ── lists

export interface ListFilter {
  zoneId?: string;
  state?: ApplicationState;
  states?: readonly ApplicationState[];
  /** Due date before `today` (true) or not (false). */
  overdue?: boolean;
  today: string;
  /** Only these organizations' applications (drafts included); otherwise every one but drafts. */
  organizationIds?: readonly string[];
  page: number;
  pageSize: number;
}

/** A page ordered by due date (none last), then the most recently changed. */
export async function listApplications(db: Db, q: ListFilter) {
  const conditions: SQL[] = [];
  if (q.organizationIds) conditions.push(inArray(zoneApplications.organizationId, [...q.organizationIds]));
  else conditions.push(ne(zoneApplications.state, 'draft'));
  if (q.zoneId) conditions.push(eq(zoneApplications.zoneId, q.zoneId));
  if (q.state) conditions.push(eq(zoneApplications.state, q.state));
  if (q.states) conditions.push(inArray(zoneApplications.state, [...q.states]));
  if (q.overdue === true) conditions.push(lt(zoneApplications.stateDueOn, q.today));
  if (q.overdue === false)
    conditions.push(
      sql`(${zoneApplications.stateDueOn} is null or ${zoneApplications.stateDueOn} >= ${q.today})`,
    );
  const where = and(...conditions);
  const rows = await db
    .select()
    .from(zoneApplications)
    .where(where)
    .orderBy(
      sql`${zoneApplications.stateDueOn} asc nulls last`,
      desc(zoneApplications.updatedAt),
      asc(zoneApplications.id),
    )
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(zoneApplications).where(where);
  return { rows, total: total?.n ?? 0 };
}

// ── residents (written at registration and as the application moves afterwards)

export async function siteOfUnit(db: Db, unitId: string): Promise<string | null> {
  const [u] = await db
    .select({ siteId: zoneBuildings.siteId })
    .from(zoneUnits)
    .innerJoin(zoneBuildings, eq(zoneBuildings.id, zoneUnits.buildingId))
    .where(eq(zoneUnits.id, unitId));
  return u?.siteId ?? null;
}

export async function countResidents(db: Db, zoneId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(zoneResidents).where(eq(zoneResidents.zoneId, zoneId));
  return row?.n ?? 0;
}

export async function insertResident(db: Db, values: typeof zoneResidents.$inferInsert): Promise<string> {
  const [row] = await db.insert(zoneResidents).values(values).returning({ id: zoneResidents.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

export async function insertResidentPlans(db: Db, rows: Array<typeof zoneResidentPlans.$inferInsert>) {
  if (rows.length) await db.insert(zoneResidentPlans).values(rows);
}

export async function updateResident(
  db: Db,
  id: string,
  values: { status: ResidentStatus } & Partial<typeof zoneResidents.$inferInsert>,
) {
  await db
    .update(zoneResidents)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(zoneResidents.id, id));
}

/** Ends every live hold of the application (space has no call for "all holds of one application"). */
export async function releaseHoldsOf(db: Db, applicationId: string) {
  await db
    .update(zoneUnitHolds)
    .set({ releasedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(zoneUnitHolds.applicationId, applicationId), isNull(zoneUnitHolds.releasedAt)));
}
