import type { HoldBody, HoldView } from '@inohub/contracts/zone/space';
import type { Db } from '../../../lib/db/types.ts';
import { conflict } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { addWorkingDays, parseRange, rangeOf, todayInTomsk } from '../common.ts';
import { slaDays } from '../eligibility/service.ts';
import { type HoldRow, insertHold, isUnitFree, lockUnit, releaseHoldRow } from './repo.ts';

// Units held for an application while it is reviewed. Who may hold, and for which applications,
// is decided by the holds feature (it knows applications); this file only keeps the unit free.

/** How long a hold lasts when the zone has no `unit_hold` SLA rule. */
export const DEFAULT_HOLD_WORKING_DAYS = 20;

/** The application a hold is for: only what the hold itself needs. */
export interface HoldingApplication {
  id: string;
  zoneId: string;
}

/**
 * Holds a free unit for `[from, to]` until the zone's `unit_hold` SLA (working days) runs out.
 * The unit row is locked first, so of two concurrent holds or leases of one unit one waits for
 * the other and then sees it.
 */
export async function createHold(
  db: Db,
  audit: AuditContext,
  application: HoldingApplication,
  input: HoldBody,
): Promise<HoldRow> {
  const unit = await lockUnit(db, input.unitId);
  const range = rangeOf(input.from, input.to);
  if (!(await isUnitFree(db, unit.id, range, application.id)))
    throw conflict('zone.unit_not_free', 'The unit is not free on these dates');
  const today = todayInTomsk();
  const days = (await slaDays(db, application.zoneId, 'unit_hold', today)) ?? DEFAULT_HOLD_WORKING_DAYS;
  const until = await addWorkingDays(db, today, days);
  const row = await insertHold(db, {
    unitId: unit.id,
    applicationId: application.id,
    period: range,
    // The end of the last day in Tomsk.
    expiresAt: new Date(`${until}T23:59:59+07:00`),
    createdBy: audit.actorId,
  });
  await recordAudit(db, audit, {
    action: 'zone.unit_held',
    objectType: 'zone_unit',
    objectId: unit.id,
    details: { applicationId: application.id, from: input.from, to: input.to },
  });
  return row;
}

export async function releaseHold(db: Db, audit: AuditContext, holdId: string): Promise<HoldRow> {
  const row = await releaseHoldRow(db, holdId);
  await recordAudit(db, audit, {
    action: 'zone.unit_hold_released',
    objectType: 'zone_unit',
    objectId: row.unitId,
    details: { holdId },
  });
  return row;
}

/** A hold as the API shows it: inclusive dates, and whether it still keeps the unit. */
export function holdView(h: HoldRow, now: Date = new Date()): HoldView {
  const { from, to } = parseRange(h.period);
  return {
    id: h.id,
    unitId: h.unitId,
    applicationId: h.applicationId,
    from,
    to,
    expiresAt: h.expiresAt,
    releasedAt: h.releasedAt,
    active: !h.releasedAt && h.expiresAt > now,
  };
}
