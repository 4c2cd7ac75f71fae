import type {
  CaseListQuery,
  CaseStatus,
  CourtClaimClose,
  CourtClaimInput,
  DeliverableInput,
} from '@inohub/contracts/zone/compliance';
import { and, asc, desc, eq, inArray, isNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import { zoneLeases, zoneResidents } from '../zone.tables.ts';
import {
  zoneComplianceCaseEvents,
  zoneComplianceCases,
  zoneCourtClaims,
  zoneProjectDeliverables,
  zoneRentInvoices,
} from '../zone-finance.tables.ts';
import type { RaisedFlag } from './evaluate.ts';

// Queries of compliance: the case queue and its history, and the inputs of flags T3, T4, T7.

export type CaseRow = typeof zoneComplianceCases.$inferSelect;
export type CaseEventRow = typeof zoneComplianceCaseEvents.$inferSelect;
export type CourtClaimRow = typeof zoneCourtClaims.$inferSelect;
export type DeliverableRow = typeof zoneProjectDeliverables.$inferSelect;
export type InvoiceRow = typeof zoneRentInvoices.$inferSelect;

/** Residents not terminated whose status had begun by `today`, of one zone or all. */
export function residentsToEvaluate(db: Db, today: string, zoneId?: string) {
  const conditions: SQL[] = [ne(zoneResidents.status, 'terminated'), lte(zoneResidents.since, today)];
  if (zoneId) conditions.push(eq(zoneResidents.zoneId, zoneId));
  return db
    .select()
    .from(zoneResidents)
    .where(and(...conditions));
}

// ── cases

/**
 * Opens the case of a raised flag, or refreshes the evidence of the known one (its status stays:
 * a dismissed or resolved case is not reopened by the evaluation). Returns the case id and
 * whether it was opened now.
 */
export async function upsertCase(
  db: Db,
  residentId: string,
  f: RaisedFlag,
): Promise<{ id: string; inserted: boolean } | null> {
  const [row] = await db
    .insert(zoneComplianceCases)
    .values({
      residentId,
      flag: f.flag,
      subjectKey: f.subjectKey,
      severity: f.severity,
      evidence: f.evidence,
    })
    .onConflictDoUpdate({
      target: [zoneComplianceCases.residentId, zoneComplianceCases.flag, zoneComplianceCases.subjectKey],
      set: {
        evidence: f.evidence,
        severity: f.severity,
        lastEvaluatedAt: new Date(),
        conditionClearedAt: null,
        updatedAt: new Date(),
      },
    })
    // xmax = 0 only on a row this statement inserted (an update leaves the old row's xmax set).
    .returning({ id: zoneComplianceCases.id, inserted: sql<boolean>`(xmax = 0)` });
  return row ?? null;
}

/** Open or acknowledged cases of a resident whose condition has not been marked cleared. */
export const openUnclearedCases = (db: Db, residentId: string) =>
  db
    .select({
      id: zoneComplianceCases.id,
      flag: zoneComplianceCases.flag,
      subjectKey: zoneComplianceCases.subjectKey,
    })
    .from(zoneComplianceCases)
    .where(
      and(
        eq(zoneComplianceCases.residentId, residentId),
        inArray(zoneComplianceCases.status, ['open', 'acknowledged']),
        isNull(zoneComplianceCases.conditionClearedAt),
      ),
    );

export async function markConditionCleared(db: Db, caseId: string): Promise<void> {
  await db
    .update(zoneComplianceCases)
    .set({ conditionClearedAt: new Date(), updatedAt: new Date() })
    .where(eq(zoneComplianceCases.id, caseId));
}

export async function insertCaseEvent(db: Db, values: typeof zoneComplianceCaseEvents.$inferInsert) {
  await db.insert(zoneComplianceCaseEvents).values(values);
}

/** A page of the queue: open first, then acknowledged, then closed; newest first within each. */
export async function casePage(db: Db, q: CaseListQuery) {
  const conditions: SQL[] = [];
  if (q.zoneId) conditions.push(eq(zoneResidents.zoneId, q.zoneId));
  if (q.residentId) conditions.push(eq(zoneComplianceCases.residentId, q.residentId));
  if (q.flag) conditions.push(eq(zoneComplianceCases.flag, q.flag));
  if (q.status) conditions.push(eq(zoneComplianceCases.status, q.status));
  if (q.assigneeId) conditions.push(eq(zoneComplianceCases.assigneeId, q.assigneeId));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await db
    .select({
      c: zoneComplianceCases,
      organizationId: zoneResidents.organizationId,
      registerNumber: zoneResidents.registerNumber,
    })
    .from(zoneComplianceCases)
    .innerJoin(zoneResidents, eq(zoneResidents.id, zoneComplianceCases.residentId))
    .where(where)
    .orderBy(
      asc(sql`case ${zoneComplianceCases.status} when 'open' then 0 when 'acknowledged' then 1 else 2 end`),
      desc(zoneComplianceCases.createdAt),
      asc(zoneComplianceCases.id),
    )
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(zoneComplianceCases)
    .innerJoin(zoneResidents, eq(zoneResidents.id, zoneComplianceCases.residentId))
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

export async function getCaseRow(db: Db, id: string): Promise<CaseRow> {
  const [row] = await db.select().from(zoneComplianceCases).where(eq(zoneComplianceCases.id, id));
  if (!row) throw notFound('compliance case', 'zone.case_not_found');
  return row;
}

export const caseEvents = (db: Db, caseId: string): Promise<CaseEventRow[]> =>
  db
    .select()
    .from(zoneComplianceCaseEvents)
    .where(eq(zoneComplianceCaseEvents.caseId, caseId))
    .orderBy(asc(zoneComplianceCaseEvents.createdAt), asc(zoneComplianceCaseEvents.id));

/** Moves a case that is still in `from`; null when someone changed it meanwhile. */
export async function updateCaseStatus(
  db: Db,
  id: string,
  from: CaseStatus,
  set: { status: CaseStatus; closedAt: Date | null },
): Promise<CaseRow | null> {
  const [row] = await db
    .update(zoneComplianceCases)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(zoneComplianceCases.id, id), eq(zoneComplianceCases.status, from)))
    .returning();
  return row ?? null;
}

export async function setAssignee(db: Db, id: string, assigneeId: string | null): Promise<void> {
  await db
    .update(zoneComplianceCases)
    .set({ assigneeId, updatedAt: new Date() })
    .where(eq(zoneComplianceCases.id, id));
}

// ── court claims (T7)

export async function anyPendingClaim(db: Db, residentId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: zoneCourtClaims.id })
    .from(zoneCourtClaims)
    .where(and(eq(zoneCourtClaims.residentId, residentId), isNull(zoneCourtClaims.closedOn)))
    .limit(1);
  return !!row;
}

export async function insertCourtClaim(db: Db, residentId: string, input: CourtClaimInput) {
  const [row] = await db
    .insert(zoneCourtClaims)
    .values({ residentId, ...input })
    .returning();
  return row as CourtClaimRow;
}

/** Closes a claim still pending; null when there is none with that id. */
export async function closePendingClaim(db: Db, id: string, input: CourtClaimClose) {
  const [row] = await db
    .update(zoneCourtClaims)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(zoneCourtClaims.id, id), isNull(zoneCourtClaims.closedOn)))
    .returning();
  return row ?? null;
}

export const courtClaimsOf = (db: Db, residentId: string) =>
  db
    .select()
    .from(zoneCourtClaims)
    .where(eq(zoneCourtClaims.residentId, residentId))
    .orderBy(desc(zoneCourtClaims.filedOn));

// ── project deliverables (T3)

export async function insertDeliverable(db: Db, residentId: string, input: DeliverableInput) {
  const [row] = await db
    .insert(zoneProjectDeliverables)
    .values({ residentId, ...input })
    .returning();
  return row as DeliverableRow;
}

export async function setDelivered(db: Db, id: string, deliveredOn: string) {
  const [row] = await db
    .update(zoneProjectDeliverables)
    .set({ deliveredOn, updatedAt: new Date() })
    .where(eq(zoneProjectDeliverables.id, id))
    .returning();
  return row ?? null;
}

export const deliverablesOf = (db: Db, residentId: string) =>
  db
    .select()
    .from(zoneProjectDeliverables)
    .where(eq(zoneProjectDeliverables.residentId, residentId))
    .orderBy(asc(zoneProjectDeliverables.dueOn));

// ── rent invoices (T4)

export async function getLease(db: Db, leaseId: string) {
  const [lease] = await db.select().from(zoneLeases).where(eq(zoneLeases.id, leaseId));
  if (!lease) throw notFound('lease', 'zone.lease_not_found');
  return lease;
}

/** Bills a month unless it is billed already; null then. */
export async function insertInvoice(db: Db, values: typeof zoneRentInvoices.$inferInsert) {
  const [row] = await db.insert(zoneRentInvoices).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function addPayment(db: Db, id: string, input: { paidOn: string; amountKopecks: number }) {
  const [row] = await db
    .update(zoneRentInvoices)
    .set({
      paidKopecks: sql`${zoneRentInvoices.paidKopecks} + ${input.amountKopecks}`,
      paidOn: input.paidOn,
      updatedAt: new Date(),
    })
    .where(eq(zoneRentInvoices.id, id))
    .returning();
  return row ?? null;
}

export const rentInvoicesOf = (db: Db, residentId: string) =>
  db
    .select()
    .from(zoneRentInvoices)
    .where(eq(zoneRentInvoices.residentId, residentId))
    .orderBy(desc(zoneRentInvoices.periodMonth));
