import type { Db } from '../../../lib/db/types.ts';
import { forbidden } from '../../../lib/errors.ts';
import { hasRole, type Principal } from '../../../lib/http/access.ts';
import { isOrganizationMember } from '../directory-port.ts';

/** Who reads a resident's reports, ledger and plan-vs-fact: zone administrators, analysts, and members of its organization. */
export async function assertCanReadResident(
  db: Db,
  principal: Principal,
  resident: { organizationId: string },
): Promise<void> {
  if (hasRole(principal, 'zone_admin', 'analyst')) return;
  if (await isOrganizationMember(db, resident.organizationId, principal.userId)) return;
  throw forbidden(
    'Only the resident’s members, zone administrators and analysts may see this',
    'zone.not_member',
  );
}

/** Who fills in and submits a report: members of the resident's organization only. */
export async function assertCanFileReport(
  db: Db,
  principal: Principal,
  resident: { organizationId: string },
): Promise<void> {
  if (await isOrganizationMember(db, resident.organizationId, principal.userId)) return;
  throw forbidden('Only members of the resident’s organization may file its reports', 'zone.not_member');
}
