import type { ResidentStatus } from '@inohub/contracts/zone/register';
import type { Db } from '../../../lib/db/types.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { isMemberOf, isZoneAdmin } from '../policy.ts';

/**
 * What the viewer may do with a resident's premises, sent with the resident so that the web does
 * not repeat the rule: its members and zone administrators see its leases and lease units for it,
 * but not for a terminated resident (docs/domain/zone.md, "Leases and space"). The lease routes
 * enforce the same rule (leases/create-lease.ts, leases/service.ts).
 */
export async function residentPermissions(
  db: Db,
  principal: Principal | null,
  resident: { organizationId: string; status: ResidentStatus },
): Promise<{ canSeeLeases: boolean; canLease: boolean }> {
  const canSeeLeases = isZoneAdmin(principal) || (await isMemberOf(db, principal, resident.organizationId));
  return { canSeeLeases, canLease: canSeeLeases && resident.status !== 'terminated' };
}
