import type { ParamListQuery, TaxProfileInput } from '@inohub/contracts/zone/benefits';
import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import { zoneResidents } from '../zone.tables.ts';
import { zoneBenefitLedger, zoneFinanceParams, zoneResidentTaxProfiles } from '../zone-finance.tables.ts';
import { type ParamRow, ParamSet } from './params.ts';

// Queries of the benefit ledger: parameter versions, tax profiles, closed ledger years. No rules here.

export type ParamVersion = typeof zoneFinanceParams.$inferSelect;
export type TaxProfileRow = typeof zoneResidentTaxProfiles.$inferSelect;
export type LedgerRow = typeof zoneBenefitLedger.$inferSelect;

// ── parameters

const paramColumns = {
  id: zoneFinanceParams.id,
  zoneId: zoneFinanceParams.zoneId,
  code: zoneFinanceParams.code,
  tierFrom: zoneFinanceParams.tierFrom,
  tierTo: zoneFinanceParams.tierTo,
  ratePercent: zoneFinanceParams.ratePercent,
  amountKopecks: zoneFinanceParams.amountKopecks,
  count: zoneFinanceParams.count,
  textValue: zoneFinanceParams.textValue,
  effectiveFrom: zoneFinanceParams.effectiveFrom,
  effectiveTo: zoneFinanceParams.effectiveTo,
  source: zoneFinanceParams.source,
  confidence: zoneFinanceParams.confidence,
};

/** Every approved version of every parameter for a zone (its own and the defaults). */
export async function approvedParams(db: Db, zoneId: string | null): Promise<ParamRow[]> {
  return db
    .select(paramColumns)
    .from(zoneFinanceParams)
    .where(
      and(
        eq(zoneFinanceParams.status, 'approved'),
        zoneId
          ? or(isNull(zoneFinanceParams.zoneId), eq(zoneFinanceParams.zoneId, zoneId))
          : isNull(zoneFinanceParams.zoneId),
      ),
    );
}

/** The approved versions of a zone as a set that answers "value of P on day d". */
export async function loadParamSet(db: Db, zoneId: string | null): Promise<ParamSet> {
  return new ParamSet(await approvedParams(db, zoneId), zoneId);
}

export function listParams(db: Db, q: ParamListQuery): Promise<ParamVersion[]> {
  const conditions: SQL[] = [];
  if (q.zoneId)
    conditions.push(or(isNull(zoneFinanceParams.zoneId), eq(zoneFinanceParams.zoneId, q.zoneId)) as SQL);
  if (q.code) conditions.push(eq(zoneFinanceParams.code, q.code));
  if (q.status) conditions.push(eq(zoneFinanceParams.status, q.status));
  if (q.on)
    conditions.push(
      lte(zoneFinanceParams.effectiveFrom, q.on),
      or(isNull(zoneFinanceParams.effectiveTo), gt(zoneFinanceParams.effectiveTo, q.on)) as SQL,
    );
  return db
    .select()
    .from(zoneFinanceParams)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(
      asc(zoneFinanceParams.code),
      asc(zoneFinanceParams.zoneId),
      asc(zoneFinanceParams.tierFrom),
      asc(zoneFinanceParams.effectiveFrom),
    );
}

export async function getParam(db: Db, id: string): Promise<ParamVersion> {
  const [row] = await db.select().from(zoneFinanceParams).where(eq(zoneFinanceParams.id, id));
  if (!row) throw notFound('finance parameter', 'zone.param_not_found');
  return row;
}

export async function insertParam(
  db: Db,
  values: typeof zoneFinanceParams.$inferInsert,
): Promise<ParamVersion> {
  const [row] = await db.insert(zoneFinanceParams).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Approved versions of the same zone and code whose tiers overlap `p`'s, other than `p`. */
function sameKeyApproved(p: ParamVersion): SQL {
  return and(
    p.zoneId ? eq(zoneFinanceParams.zoneId, p.zoneId) : isNull(zoneFinanceParams.zoneId),
    eq(zoneFinanceParams.code, p.code),
    eq(zoneFinanceParams.status, 'approved'),
    ne(zoneFinanceParams.id, p.id),
    lte(zoneFinanceParams.tierFrom, p.tierTo ?? 1_000_000),
    or(isNull(zoneFinanceParams.tierTo), gt(zoneFinanceParams.tierTo, p.tierFrom - 1)),
  ) as SQL;
}

/** Supersedes the approved versions `p` covers entirely (start within it, end within it). */
export async function supersedeCoveredBy(db: Db, p: ParamVersion): Promise<void> {
  await db
    .update(zoneFinanceParams)
    .set({ status: 'superseded', updatedAt: new Date() })
    .where(
      and(
        sameKeyApproved(p),
        gte(zoneFinanceParams.effectiveFrom, p.effectiveFrom),
        p.effectiveTo === null
          ? undefined
          : and(isNotNull(zoneFinanceParams.effectiveTo), lte(zoneFinanceParams.effectiveTo, p.effectiveTo)),
      ),
    );
}

/** Ends at `p`'s start the approved versions that started earlier and run into it. */
export async function endOverlappedBy(db: Db, p: ParamVersion): Promise<void> {
  await db
    .update(zoneFinanceParams)
    .set({ effectiveTo: p.effectiveFrom, updatedAt: new Date() })
    .where(
      and(
        sameKeyApproved(p),
        lt(zoneFinanceParams.effectiveFrom, p.effectiveFrom),
        or(isNull(zoneFinanceParams.effectiveTo), gt(zoneFinanceParams.effectiveTo, p.effectiveFrom)),
      ),
    );
}

/** Updates a version that is still proposed; null when it was decided meanwhile. */
export async function updateProposed(
  db: Db,
  id: string,
  set: Partial<typeof zoneFinanceParams.$inferInsert>,
): Promise<ParamVersion | null> {
  const [row] = await db
    .update(zoneFinanceParams)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(zoneFinanceParams.id, id), eq(zoneFinanceParams.status, 'proposed')))
    .returning();
  return row ?? null;
}

export async function updateParam(
  db: Db,
  id: string,
  set: Partial<typeof zoneFinanceParams.$inferInsert>,
): Promise<ParamVersion> {
  const [row] = await db
    .update(zoneFinanceParams)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(zoneFinanceParams.id, id))
    .returning();
  return row as ParamVersion;
}

// ── tax profiles

export async function getTaxProfile(db: Db, residentId: string): Promise<TaxProfileRow | null> {
  const [row] = await db
    .select()
    .from(zoneResidentTaxProfiles)
    .where(eq(zoneResidentTaxProfiles.residentId, residentId));
  return row ?? null;
}

export async function upsertTaxProfile(
  db: Db,
  residentId: string,
  input: TaxProfileInput,
  actorId: string | null,
): Promise<TaxProfileRow> {
  const [row] = await db
    .insert(zoneResidentTaxProfiles)
    .values({ residentId, ...input, updatedBy: actorId })
    .onConflictDoUpdate({
      target: zoneResidentTaxProfiles.residentId,
      set: { ...input, updatedBy: actorId, updatedAt: new Date() },
    })
    .returning();
  return row as TaxProfileRow;
}

// ── ledger

/** Residents whose status covered some of `year` (began by its end, not terminated before it). */
export function residentsOfYear(db: Db, year: number, zoneId?: string) {
  const conditions: SQL[] = [
    lte(zoneResidents.since, `${year}-12-31`),
    or(isNull(zoneResidents.terminatedOn), gt(zoneResidents.terminatedOn, `${year}-01-01`)) as SQL,
  ];
  if (zoneId) conditions.push(eq(zoneResidents.zoneId, zoneId));
  return db
    .select()
    .from(zoneResidents)
    .where(and(...conditions))
    .orderBy(asc(zoneResidents.registerNumber));
}

export async function closedYear(db: Db, residentId: string, year: number): Promise<LedgerRow | null> {
  const [row] = await db
    .select()
    .from(zoneBenefitLedger)
    .where(and(eq(zoneBenefitLedger.residentId, residentId), eq(zoneBenefitLedger.year, year)));
  return row ?? null;
}

export async function closedYearOf(db: Db, year: number, residentIds: string[]): Promise<LedgerRow[]> {
  if (residentIds.length === 0) return [];
  return db
    .select()
    .from(zoneBenefitLedger)
    .where(and(eq(zoneBenefitLedger.year, year), inArray(zoneBenefitLedger.residentId, residentIds)));
}

/** Freezes one ledger year unless it was frozen already; true when this call froze it. */
export async function insertClosedYear(
  db: Db,
  values: typeof zoneBenefitLedger.$inferInsert,
): Promise<boolean> {
  const inserted = await db
    .insert(zoneBenefitLedger)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: zoneBenefitLedger.id });
  return inserted.length > 0;
}
