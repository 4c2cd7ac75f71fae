import {
  type ActivityVersionBody,
  type CalendarDayBody,
  ELIGIBILITY_RULE_CODES,
  type RulesOnDateView,
  type RuleVersionBody,
  type SlaVersionBody,
} from '@inohub/contracts/zone/eligibility';
import type { Db } from '../../../lib/db/types.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { todayInTomsk } from '../common.ts';
import { getZone } from '../sites/service.ts';
import * as repo from './repo.ts';
import { DEFAULT_RULES, type PermittedActivity, type RuleConfig } from './rules.ts';

// The zone's eligibility configuration (docs/domain/zone.md, "Eligibility"): rules E1–E7, permitted
// activities and SLA, each effective-dated so that an application is judged by the rules of its day;
// and the working-day calendar the SLA counts in. Writes take the transaction of the request.

/** Every rule on a date: the zone's version in force, or the default where the zone has none. */
export async function effectiveRules(db: Db, zoneId: string, onDate: string): Promise<RuleConfig[]> {
  const byCode = new Map((await repo.rulesInForce(db, zoneId, onDate)).map((r) => [r.code, r]));
  return ELIGIBILITY_RULE_CODES.map((code) => {
    const row = byCode.get(code);
    return row
      ? { code, enabled: row.enabled, mandatory: row.mandatory, params: row.params }
      : { code, ...DEFAULT_RULES[code] };
  });
}

export function effectivePermittedActivities(
  db: Db,
  zoneId: string,
  onDate: string,
): Promise<Array<PermittedActivity & { nameRu: string; nameEn: string }>> {
  return repo.activitiesInForce(db, zoneId, onDate);
}

/** Working days allowed in a state on a date, or null when the state has no timer. */
export function slaDays(db: Db, zoneId: string, state: string, onDate: string): Promise<number | null> {
  return repo.slaInForce(db, zoneId, state, onDate);
}

/** The rules in force on a date (default today in Tomsk) and every version, for a zone that exists. */
export async function rulesOnDate(db: Db, zoneId: string, on: string | undefined): Promise<RulesOnDateView> {
  await getZone(db, zoneId);
  const day = on ?? todayInTomsk();
  return {
    on: day,
    inForce: await effectiveRules(db, zoneId, day),
    versions: await repo.ruleVersions(db, zoneId),
  };
}

export const activitiesOnDate = (db: Db, zoneId: string, on: string | undefined) =>
  effectivePermittedActivities(db, zoneId, on ?? todayInTomsk());
export const listActivityVersions = repo.activityVersions;
export const listSlaVersions = repo.slaVersions;

// ── versions: a new one from `effectiveFrom` replaces a same-day one, ends the one in force that
// day, and runs until the next later version (if any). The exclusion constraints guard overlaps.

export async function addRuleVersion(db: Db, audit: AuditContext, zoneId: string, input: RuleVersionBody) {
  await getZone(db, zoneId);
  const to = await repo.makeRoomForRule(db, zoneId, input.code, input.effectiveFrom);
  const row = await repo.insertRule(db, { zoneId, ...input, effectiveTo: to, updatedBy: audit.actorId });
  await recordAudit(db, audit, {
    action: 'zone.eligibility_rule_set',
    objectType: 'zone',
    objectId: zoneId,
    details: { ...input },
  });
  return row;
}

export async function addActivityVersion(
  db: Db,
  audit: AuditContext,
  zoneId: string,
  input: ActivityVersionBody,
) {
  await getZone(db, zoneId);
  const next = await repo.makeRoomForActivity(db, zoneId, input.code, input.effectiveFrom);
  // An end date given by the administrator cannot reach past the next version's start.
  const to = input.effectiveTo ?? next;
  const row = await repo.insertActivity(db, {
    zoneId,
    ...input,
    effectiveTo: next && to && to > next ? next : to,
  });
  await recordAudit(db, audit, {
    action: 'zone.permitted_activity_set',
    objectType: 'zone',
    objectId: zoneId,
    details: { ...input },
  });
  return row;
}

export async function addSlaVersion(db: Db, audit: AuditContext, zoneId: string, input: SlaVersionBody) {
  await getZone(db, zoneId);
  const to = await repo.makeRoomForSla(db, zoneId, input.state, input.effectiveFrom);
  const row = await repo.insertSla(db, { zoneId, ...input, effectiveTo: to });
  await recordAudit(db, audit, {
    action: 'zone.sla_rule_set',
    objectType: 'zone',
    objectId: zoneId,
    details: { ...input },
  });
  return row;
}

/** Marks a day as a holiday or a working day (corrects the Monday–Friday week for SLA counts). */
export async function setCalendarDay(db: Db, audit: AuditContext, day: string, input: CalendarDayBody) {
  await repo.upsertCalendarDay(db, day, input);
  await recordAudit(db, audit, {
    action: 'zone.calendar_day_set',
    objectType: 'zone_calendar_day',
    objectId: day,
    details: input,
  });
  return { day, isWorking: input.isWorking };
}
