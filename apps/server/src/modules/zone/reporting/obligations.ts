import type { ObligationsBody, ObligationsResult } from '@inohub/contracts/zone/reporting';
import type { Db } from '../../../lib/db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { todayInTomsk } from '../common.ts';
import {
  type CalendarRule,
  currentQuarter,
  dueDate,
  lastClosedPeriods,
  parsePeriod,
  type ReportPeriod,
} from './calendar.ts';
import { calendarFor } from './calendar-versions.ts';
import { insertObligation, residentsHoldingStatusBy } from './repo.ts';

/** Residents that owe reports: every status but terminated. */
const LIVE_STATUSES = ['registered', 'active', 'amendment_pending'] as const;

/** The row of one obligation: the period and its due date by the calendar in force. */
export function obligationValues(residentId: string, period: ReportPeriod, rule: CalendarRule) {
  return {
    residentId,
    kind: period.kind,
    period: period.period,
    year: period.year,
    quarter: period.quarter,
    periodStart: period.start,
    periodEnd: period.end,
    dueOn: dueDate(period, rule),
  };
}

/**
 * Creates the report obligation of `period` for every resident of the zone (or of every zone) that
 * is not terminated and held its status by the end of the period. Idempotent: the unique
 * (resident, period) index makes a second run create nothing.
 */
export async function generateObligations(
  db: Db,
  input: { period: string; zoneId?: string | null; residentId?: string },
): Promise<ObligationsResult> {
  const period = parsePeriod(input.period);
  if (!period)
    throw new AppError('invalid', 'zone.bad_period', 'Period must look like 2025-Q3 or 2025', [
      { field: 'body.period', message: 'Use YYYY-Qn or YYYY' },
    ]);
  const residents = await residentsHoldingStatusBy(db, {
    statuses: LIVE_STATUSES,
    by: period.end,
    zoneId: input.zoneId,
    residentId: input.residentId,
  });
  const rules = new Map<string, CalendarRule>();
  let created = 0;
  for (const r of residents) {
    let rule = rules.get(r.zoneId);
    if (!rule) {
      rule = await calendarFor(db, r.zoneId, period.end);
      rules.set(r.zoneId, rule);
    }
    if (await insertObligation(db, obligationValues(r.id, period, rule))) created++;
  }
  return { period: period.period, created, existing: residents.length - created };
}

/** A zone administrator generates a period's obligations by hand (audited). */
export async function generateObligationsByAdmin(
  db: Db,
  audit: AuditContext,
  input: ObligationsBody,
): Promise<ObligationsResult> {
  const out = await generateObligations(db, input);
  await recordAudit(db, audit, {
    action: 'zone.reports.generate',
    objectType: 'zone_report',
    objectId: null,
    details: { ...input, ...out },
  });
  return out;
}

/**
 * For the interval job: obligations of the periods that have just closed, and of the quarter under
 * way, so every resident sees its next report and due date ahead (reminders start 7 days before).
 */
export async function generateDueObligations(db: Db, now: Date = new Date()) {
  const today = todayInTomsk(now);
  const out = [];
  for (const p of [...lastClosedPeriods(today), currentQuarter(today)])
    out.push(await generateObligations(db, { period: p.period }));
  return out;
}

/** A resident that starts work reports from the quarter under way (called on activation). */
export async function startReporting(db: Db, residentId: string, today: string = todayInTomsk()) {
  return generateObligations(db, { period: currentQuarter(today).period, residentId });
}
