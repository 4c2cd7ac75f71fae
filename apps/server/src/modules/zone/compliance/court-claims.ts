import type { CourtClaimClose, CourtClaimInput } from '@inohub/contracts/zone/compliance';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, notFound } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { getResident } from '../reporting/repo.ts';
import { anyPendingClaim, closePendingClaim, insertCourtClaim } from './repo.ts';

// Court claims to terminate a resident's agreement: flag T7 (docs/domain/zone.md, "compliance flags").

/** T7: a pending court claim to terminate the agreement freezes amendments. */
export const hasPendingTerminationClaim = (db: Db, residentId: string) => anyPendingClaim(db, residentId);

/** Gate for amendments of the agreement while a termination claim is pending. */
export async function assertNoPendingTerminationClaim(db: Db, residentId: string): Promise<void> {
  if (await anyPendingClaim(db, residentId)) {
    throw new AppError(
      'unprocessable',
      'zone.amendment_frozen',
      'A court claim to terminate the agreement is pending: amendments are frozen',
    );
  }
}

export async function createCourtClaim(
  db: Db,
  audit: AuditContext,
  residentId: string,
  input: CourtClaimInput,
) {
  await getResident(db, residentId);
  const row = await insertCourtClaim(db, residentId, input);
  await recordAudit(db, audit, {
    action: 'zone.court_claim.create',
    objectType: 'zone_court_claim',
    objectId: row?.id ?? null,
    details: { residentId, ...input },
  });
  return row;
}

export async function closeCourtClaim(db: Db, audit: AuditContext, id: string, input: CourtClaimClose) {
  const row = await closePendingClaim(db, id, input);
  if (!row) throw notFound('open court claim', 'zone.court_claim_not_found');
  await recordAudit(db, audit, {
    action: 'zone.court_claim.close',
    objectType: 'zone_court_claim',
    objectId: id,
    details: { ...input },
  });
  return row;
}
