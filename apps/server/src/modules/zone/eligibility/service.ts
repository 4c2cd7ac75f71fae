import { and, asc, eq, gt, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../../lib/db/types.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import {
  ELIGIBILITY_RULE_CODES,
  type EligibilityRuleCode,
  zoneEligibilityRules,
  zonePermittedActivities,
  zoneSlaRules,
} from '../zone.tables.ts';
import { DEFAULT_RULES, type PermittedActivity, type RuleConfig } from './rules.ts';

/** `effective_from <= day < effective_to` for an effective-dated table. */
function inForce(cols: { effectiveFrom: AnyPgColumn; effectiveTo: AnyPgColumn }, day: string): SQL {
  return and(lte(cols.effectiveFrom, day), or(isNull(cols.effectiveTo), gt(cols.effectiveTo, day))) as SQL;
}

export async function effectiveRules(db: Db, zoneId: string, onDate: string): Promise<RuleConfig[]> {
  const rows = await db
    .select()
    .from(zoneEligibilityRules)
    .where(and(eq(zoneEligibilityRules.zoneId, zoneId), inForce(zoneEligibilityRules, onDate)));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return ELIGIBILITY_RULE_CODES.map((code) => {
    const row = byCode.get(code);
    return row
      ? { code, enabled: row.enabled, mandatory: row.mandatory, params: row.params }
      : { code, ...DEFAULT_RULES[code] };
  });
}

export async function effectivePermittedActivities(
  db: Db,
  zoneId: string,
  onDate: string,
): Promise<Array<PermittedActivity & { nameRu: string; nameEn: string }>> {
  return db
    .select({
      code: zonePermittedActivities.code,
      nameRu: zonePermittedActivities.nameRu,
      nameEn: zonePermittedActivities.nameEn,
      focusArea: zonePermittedActivities.focusArea,
      requiresCouncilDecision: zonePermittedActivities.requiresCouncilDecision,
      isIt: zonePermittedActivities.isIt,
    })
    .from(zonePermittedActivities)
    .where(and(eq(zonePermittedActivities.zoneId, zoneId), inForce(zonePermittedActivities, onDate)))
    .orderBy(asc(zonePermittedActivities.code));
}

export const listRuleVersions = (db: Db, zoneId: string) =>
  db
    .select()
    .from(zoneEligibilityRules)
    .where(eq(zoneEligibilityRules.zoneId, zoneId))
    .orderBy(asc(zoneEligibilityRules.code), asc(zoneEligibilityRules.effectiveFrom));

export const listActivityVersions = (db: Db, zoneId: string) =>
  db
    .select()
    .from(zonePermittedActivities)
    .where(eq(zonePermittedActivities.zoneId, zoneId))
    .orderBy(asc(zonePermittedActivities.code), asc(zonePermittedActivities.effectiveFrom));

export const listSlaVersions = (db: Db, zoneId: string) =>
  db
    .select()
    .from(zoneSlaRules)
    .where(eq(zoneSlaRules.zoneId, zoneId))
    .orderBy(asc(zoneSlaRules.state), asc(zoneSlaRules.effectiveFrom));

/**
 * A new version from `effectiveFrom`: the version in force that day ends there; the new one runs
 * until the next later version (if any). The exclusion constraint guards against overlaps.
 */
async function nextStart(db: Db, table: string, keyWhere: SQL, from: string): Promise<string | null> {
  const rows = await db.execute<{ next: string | null }>(
    sql`select min(effective_from)::text as next from ${sql.identifier(table)} where ${keyWhere} and effective_from > ${from}`,
  );
  const list =
    (rows as unknown as { rows?: Array<{ next: string | null }> }).rows ??
    (rows as unknown as Array<{ next: string | null }>);
  return list[0]?.next ?? null;
}

export interface RuleVersionInput {
  code: EligibilityRuleCode;
  enabled: boolean;
  mandatory: boolean;
  params: Record<string, unknown>;
  effectiveFrom: string;
}

export async function addRuleVersion(db: Db, audit: AuditContext, zoneId: string, input: RuleVersionInput) {
  const key = and(eq(zoneEligibilityRules.zoneId, zoneId), eq(zoneEligibilityRules.code, input.code)) as SQL;
  await db
    .delete(zoneEligibilityRules)
    .where(and(key, eq(zoneEligibilityRules.effectiveFrom, input.effectiveFrom)));
  await db
    .update(zoneEligibilityRules)
    .set({ effectiveTo: input.effectiveFrom, updatedAt: new Date() })
    .where(and(key, inForce(zoneEligibilityRules, input.effectiveFrom)));
  const to = await nextStart(
    db,
    'zone_eligibility_rules',
    sql`zone_id = ${zoneId} and code = ${input.code}`,
    input.effectiveFrom,
  );
  const [row] = await db
    .insert(zoneEligibilityRules)
    .values({ zoneId, ...input, effectiveTo: to, updatedBy: audit.actorId })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(db, audit, {
    action: 'zone.eligibility_rule_set',
    objectType: 'zone',
    objectId: zoneId,
    details: { ...input },
  });
  return row;
}

export interface ActivityVersionInput {
  code: string;
  nameRu: string;
  nameEn: string;
  isIt: boolean;
  focusArea: string | null;
  requiresCouncilDecision: boolean;
  effectiveFrom: string;
  effectiveTo?: string | null;
}

export async function addActivityVersion(
  db: Db,
  audit: AuditContext,
  zoneId: string,
  input: ActivityVersionInput,
) {
  const key = and(
    eq(zonePermittedActivities.zoneId, zoneId),
    eq(zonePermittedActivities.code, input.code),
  ) as SQL;
  await db
    .delete(zonePermittedActivities)
    .where(and(key, eq(zonePermittedActivities.effectiveFrom, input.effectiveFrom)));
  await db
    .update(zonePermittedActivities)
    .set({ effectiveTo: input.effectiveFrom, updatedAt: new Date() })
    .where(and(key, inForce(zonePermittedActivities, input.effectiveFrom)));
  const next = await nextStart(
    db,
    'zone_permitted_activities',
    sql`zone_id = ${zoneId} and code = ${input.code}`,
    input.effectiveFrom,
  );
  const to = input.effectiveTo ?? next;
  const [row] = await db
    .insert(zonePermittedActivities)
    .values({ zoneId, ...input, effectiveTo: next && to && to > next ? next : to })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(db, audit, {
    action: 'zone.permitted_activity_set',
    objectType: 'zone',
    objectId: zoneId,
    details: { ...input },
  });
  return row;
}

export async function addSlaVersion(
  db: Db,
  audit: AuditContext,
  zoneId: string,
  input: { state: string; workingDays: number; effectiveFrom: string },
) {
  const key = and(eq(zoneSlaRules.zoneId, zoneId), eq(zoneSlaRules.state, input.state)) as SQL;
  await db.delete(zoneSlaRules).where(and(key, eq(zoneSlaRules.effectiveFrom, input.effectiveFrom)));
  await db
    .update(zoneSlaRules)
    .set({ effectiveTo: input.effectiveFrom, updatedAt: new Date() })
    .where(and(key, inForce(zoneSlaRules, input.effectiveFrom)));
  const to = await nextStart(
    db,
    'zone_sla_rules',
    sql`zone_id = ${zoneId} and state = ${input.state}`,
    input.effectiveFrom,
  );
  const [row] = await db
    .insert(zoneSlaRules)
    .values({ zoneId, ...input, effectiveTo: to })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(db, audit, {
    action: 'zone.sla_rule_set',
    objectType: 'zone',
    objectId: zoneId,
    details: { ...input },
  });
  return row;
}

/** Working days allowed in a state on a date, or null when the state has no timer. */
export async function slaDays(db: Db, zoneId: string, state: string, onDate: string): Promise<number | null> {
  const [row] = await db
    .select({ days: zoneSlaRules.workingDays })
    .from(zoneSlaRules)
    .where(
      and(eq(zoneSlaRules.zoneId, zoneId), eq(zoneSlaRules.state, state), inForce(zoneSlaRules, onDate)),
    );
  return row?.days ?? null;
}
