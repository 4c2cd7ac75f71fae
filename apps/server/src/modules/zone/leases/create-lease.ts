import type { LeaseBody } from '@inohub/contracts/zone/leases';
import type { Db } from '../../../lib/db/types.ts';
import { conflict, fromDatabaseError, unprocessable } from '../../../lib/errors.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { rangeOf } from '../common.ts';
import { assertMemberOrZoneAdmin, isZoneAdmin } from '../policy.ts';
import { getResidentRow } from '../register/service.ts';
import { assertNoOverdueReports } from '../reporting/index.ts';
import { findUnit, heldForOthers, insertLease, type LeaseRow, releaseOwnHolds } from './repo.ts';

/**
 * Leases a unit to a resident: a zone administrator, or a member of the resident
 * (docs/domain/zone.md, "Leases and space").
 *
 * Refused for a terminated resident, a unit not available, a unit held for another
 * organization's application, and while the resident has overdue reports ("Overdue gate").
 * Overlaps with another lease of the unit are refused by the database (EXCLUDE USING gist): of
 * any number of concurrent requests for one unit and period, exactly one succeeds.
 */
export async function createLease(
  db: Db,
  principal: Principal,
  audit: AuditContext,
  input: LeaseBody,
): Promise<LeaseRow> {
  if (input.endDate < input.startDate)
    throw unprocessable('zone.lease_dates', 'The lease must end after it starts', [
      { field: 'endDate', message: 'is before startDate' },
    ]);
  const resident = await getResidentRow(db, input.residentId);
  await assertMemberOrZoneAdmin(db, principal, resident.organizationId);
  if (resident.status === 'terminated')
    throw conflict('zone.resident_terminated', 'A terminated resident cannot lease premises');
  await assertNoOverdueReports(db, resident.id);
  const unit = await findUnit(db, input.unitId);
  if (unit.status !== 'available')
    throw conflict('zone.unit_not_available', 'The unit is not available for lease');
  const range = rangeOf(input.startDate, input.endDate);
  if (await heldForOthers(db, unit.id, range, resident.organizationId))
    throw conflict('zone.unit_held', 'The unit is held for another application on these dates');
  // Only a zone administrator may agree a rate other than the unit's; a member's is ignored.
  const rate =
    (isZoneAdmin(principal) ? input.monthlyRatePerM2Kopecks : undefined) ?? unit.monthlyRatePerM2Kopecks;
  let row: LeaseRow;
  try {
    row = await insertLease(db, {
      unitId: unit.id,
      residentId: resident.id,
      period: range,
      monthlyRatePerM2Kopecks: rate,
      monthlyRentKopecks: Math.round(unit.areaM2 * rate),
      createdBy: principal.userId,
    });
  } catch (err) {
    if (fromDatabaseError(err)?.code === 'db.exclusion_violation') {
      throw conflict('zone.lease_overlaps', 'The unit is already leased for some of these dates', [
        { field: 'unitId', message: 'is leased on overlapping dates', code: 'lease_overlaps' },
      ]);
    }
    throw err;
  }
  // The resident's own holds on this unit have served their purpose.
  await releaseOwnHolds(db, unit.id, resident.organizationId);
  await recordAudit(db, audit, {
    action: 'zone.lease_created',
    objectType: 'zone_lease',
    objectId: row.id,
    details: { unitId: unit.id, residentId: resident.id, period: range },
  });
  return row;
}
