import type { Db } from '../../lib/db/types.ts';
import { forbidden } from '../../lib/errors.ts';
import type { Principal } from '../../lib/http/access.ts';
import { isOrganizationMember } from './directory-port.ts';

/** Record-level rules of the zone module. Route-level roles are declared on each route. */
export const ZONE_ADMIN_ROLES = ['zone_admin'] as const;

export function isZoneAdmin(principal: Principal | null): boolean {
  return !!principal && principal.roles.includes('zone_admin');
}

/** The caller belongs to the organization (applicant or resident side). */
export async function isMemberOf(
  db: Db,
  principal: Principal | null,
  organizationId: string,
): Promise<boolean> {
  return !!principal && (await isOrganizationMember(db, organizationId, principal.userId));
}

export async function assertMemberOf(db: Db, principal: Principal, organizationId: string): Promise<void> {
  if (!(await isMemberOf(db, principal, organizationId))) {
    throw forbidden('Only members of the organization may do this', 'zone.not_member');
  }
}

/** Zone administrators see every application; members see their organization's. */
export async function assertMemberOrZoneAdmin(
  db: Db,
  principal: Principal,
  organizationId: string,
): Promise<void> {
  if (isZoneAdmin(principal)) return;
  await assertMemberOf(db, principal, organizationId);
}
