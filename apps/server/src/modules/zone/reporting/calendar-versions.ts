import type { CalendarInput } from '@inohub/contracts/zone/reporting';
import type { Db } from '../../../lib/db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import type { CalendarRule } from './calendar.ts';
import {
  type CalendarRow,
  calendarsInForce,
  endCalendarAt,
  insertCalendar,
  nextCalendarStart,
} from './repo.ts';

/** The calendar in force on `day` for a zone: the zone's own version, else the default (zone_id null). */
export async function calendarFor(
  db: Db,
  zoneId: string,
  day: string,
): Promise<CalendarRule & { id: string }> {
  const rows = await calendarsInForce(db, zoneId, day);
  const row = rows.find((r) => r.zoneId !== null) ?? rows[0];
  if (!row)
    throw new AppError(
      'unprocessable',
      'zone.no_reporting_calendar',
      `No reporting calendar is in force on ${day}`,
    );
  return row;
}

/**
 * A new calendar version from `effectiveFrom`: the version of the same zone in force that day ends
 * there; the new one runs until the next later version. Obligations already generated keep their
 * due dates (a due date is fixed when the obligation is created).
 */
export async function createCalendarVersion(
  db: Db,
  audit: AuditContext,
  input: CalendarInput,
): Promise<CalendarRow> {
  const next = await nextCalendarStart(db, input.zoneId, input.effectiveFrom);
  await endCalendarAt(db, input.zoneId, input.effectiveFrom);
  const row = await insertCalendar(db, { ...input, effectiveTo: next, updatedBy: audit.actorId });
  await recordAudit(db, audit, {
    action: 'zone.reporting_calendar.create',
    objectType: 'zone_reporting_calendar',
    objectId: row.id,
    details: { ...input },
  });
  return row;
}
