import type { Db } from '../../../lib/db/types.ts';
import { conflict, unprocessable } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { parseRange, rangeOf } from '../common.ts';
import { findLease, type LeaseRow, updateLeaseRow } from './repo.ts';

/**
 * Ends a lease on `endDate` (inclusive). Ending it before it starts cancels it (status
 * `terminated`); otherwise the period is shortened and the lease stays `active` until then.
 * Ending cannot extend a lease: that is a new lease.
 */
export async function endLease(db: Db, audit: AuditContext, id: string, endDate: string): Promise<LeaseRow> {
  // Locked: two concurrent ends of one lease apply one after the other.
  const lease = await findLease(db, id, true);
  if (lease.status !== 'active') throw conflict('zone.lease_not_active', 'The lease is already cancelled');
  const { from, to } = parseRange(lease.period);
  if (endDate > to)
    throw unprocessable('zone.lease_extend', 'Ending a lease cannot extend it; create a new lease', [
      { field: 'endDate', message: 'is after the current end' },
    ]);
  const cancelled = endDate < from;
  const row = await updateLeaseRow(
    db,
    id,
    cancelled ? { status: 'terminated' } : { period: rangeOf(from, endDate) },
  );
  await recordAudit(db, audit, {
    action: cancelled ? 'zone.lease_cancelled' : 'zone.lease_ended',
    objectType: 'zone_lease',
    objectId: id,
    details: { endDate },
  });
  return row;
}
