import type { EligibilityRuleCode } from '@inohub/contracts/zone/eligibility';
import { and, asc, eq, gt, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../../lib/db/types.ts';
import {
  zoneCalendarDays,
  zoneEligibilityRules,
  zonePermittedActivities,
  zoneSlaRules,
} from '../zone.tables.ts';

// The eligibility feature's drizzle queries over its effective-dated tables (a version is in
// force on `effective_from <= day < effective_to`). No rules here.

/** `effective_from <= day < effective_to` for an effective-dated table. */
function inForce(cols: { effectiveFrom: AnyPgColumn; effectiveTo: AnyPgColumn }, day: string): SQL {
  return and(lte(cols.effectiveFrom, day), or(isNull(cols.effectiveTo), gt(cols.effectiveTo, day))) as SQL;
}

/**
 * The start of the next later version of one key (`keyWhere`), or null: a version inserted in
 * the middle of the history ends there.
 */
async function nextStart(db: Db, table: string, keyWhere: SQL, from: string): Promise<string | null> {
  const rows = await db.execute<{ next: string | null }>(
    sql`select min(effective_from)::text as next from ${sql.identifier(table)} where ${keyWhere} and effective_from > ${from}`,
  );
  // PGlite answers { rows }, node-postgres through drizzle an array.
  const list =
    (rows as unknown as { rows?: Array<{ next: string | null }> }).rows ??
    (rows as unknown as Array<{ next: string | null }>);
  return list[0]?.next ?? null;
}

// ── eligibility rules E1–E7

export const rulesInForce = (db: Db, zoneId: string, day: string) =>
  db
    .select()
    .from(zoneEligibilityRules)
    .where(and(eq(zoneEligibilityRules.zoneId, zoneId), inForce(zoneEligibilityRules, day)));

export const ruleVersions = (db: Db, zoneId: string) =>
  db
    .select()
    .from(zoneEligibilityRules)
    .where(eq(zoneEligibilityRules.zoneId, zoneId))
    .orderBy(asc(zoneEligibilityRules.code), asc(zoneEligibilityRules.effectiveFrom));

/** Replaces a same-day version, ends the one in force that day, returns the next version's start. */
export async function makeRoomForRule(db: Db, zoneId: string, code: EligibilityRuleCode, from: string) {
  const key = and(eq(zoneEligibilityRules.zoneId, zoneId), eq(zoneEligibilityRules.code, code)) as SQL;
  await db.delete(zoneEligibilityRules).where(and(key, eq(zoneEligibilityRules.effectiveFrom, from)));
  await db
    .update(zoneEligibilityRules)
    .set({ effectiveTo: from, updatedAt: new Date() })
    .where(and(key, inForce(zoneEligibilityRules, from)));
  return nextStart(db, 'zone_eligibility_rules', sql`zone_id = ${zoneId} and code = ${code}`, from);
}

export async function insertRule(db: Db, values: typeof zoneEligibilityRules.$inferInsert) {
  const [row] = await db.insert(zoneEligibilityRules).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

// ── permitted activities

export const activitiesInForce = (db: Db, zoneId: string, day: string) =>
  db
    .select({
      code: zonePermittedActivities.code,
      nameRu: zonePermittedActivities.nameRu,
      nameEn: zonePermittedActivities.nameEn,
      focusArea: zonePermittedActivities.focusArea,
      requiresCouncilDecision: zonePermittedActivities.requiresCouncilDecision,
      isIt: zonePermittedActivities.isIt,
    })
    .from(zonePermittedActivities)
    .where(and(eq(zonePermittedActivities.zoneId, zoneId), inForce(zonePermittedActivities, day)))
    .orderBy(asc(zonePermittedActivities.code));

export const activityVersions = (db: Db, zoneId: string) =>
  db
    .select()
    .from(zonePermittedActivities)
    .where(eq(zonePermittedActivities.zoneId, zoneId))
    .orderBy(asc(zonePermittedActivities.code), asc(zonePermittedActivities.effectiveFrom));

export async function makeRoomForActivity(db: Db, zoneId: string, code: string, from: string) {
  const key = and(eq(zonePermittedActivities.zoneId, zoneId), eq(zonePermittedActivities.code, code)) as SQL;
  await db.delete(zonePermittedActivities).where(and(key, eq(zonePermittedActivities.effectiveFrom, from)));
  await db
    .update(zonePermittedActivities)
    .set({ effectiveTo: from, updatedAt: new Date() })
    .where(and(key, inForce(zonePermittedActivities, from)));
  return nextStart(db, 'zone_permitted_activities', sql`zone_id = ${zoneId} and code = ${code}`, from);
}

export async function insertActivity(db: Db, values: typeof zonePermittedActivities.$inferInsert) {
  const [row] = await db.insert(zonePermittedActivities).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

// ── SLA in working days per state

export async function slaInForce(db: Db, zoneId: string, state: string, day: string) {
  const [row] = await db
    .select({ days: zoneSlaRules.workingDays })
    .from(zoneSlaRules)
    .where(and(eq(zoneSlaRules.zoneId, zoneId), eq(zoneSlaRules.state, state), inForce(zoneSlaRules, day)));
  return row?.days ?? null;
}

export const slaVersions = (db: Db, zoneId: string) =>
  db
    .select()
    .from(zoneSlaRules)
    .where(eq(zoneSlaRules.zoneId, zoneId))
    .orderBy(asc(zoneSlaRules.state), asc(zoneSlaRules.effectiveFrom));

export async function makeRoomForSla(db: Db, zoneId: string, state: string, from: string) {
  const key = and(eq(zoneSlaRules.zoneId, zoneId), eq(zoneSlaRules.state, state)) as SQL;
  await db.delete(zoneSlaRules).where(and(key, eq(zoneSlaRules.effectiveFrom, from)));
  await db
    .update(zoneSlaRules)
    .set({ effectiveTo: from, updatedAt: new Date() })
    .where(and(key, inForce(zoneSlaRules, from)));
  return nextStart(db, 'zone_sla_rules', sql`zone_id = ${zoneId} and state = ${state}`, from);
}

export async function insertSla(db: Db, values: typeof zoneSlaRules.$inferInsert) {
  const [row] = await db.insert(zoneSlaRules).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

// ── working-day calendar

export async function upsertCalendarDay(
  db: Db,
  day: string,
  values: { isWorking: boolean; noteRu?: string; noteEn?: string },
) {
  await db
    .insert(zoneCalendarDays)
    .values({ day, ...values })
    .onConflictDoUpdate({ target: zoneCalendarDays.day, set: { ...values, updatedAt: new Date() } });
}
