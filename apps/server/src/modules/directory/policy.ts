import type { MemberRole } from '@inohub/contracts/directory';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../lib/db/types.ts';
import { forbidden } from '../../lib/errors.ts';
import { hasRole, type Principal } from '../../lib/http/access.ts';
import { organizationMembers } from './directory.tables.ts';

// Record-level rules of the directory, one line each; routes only check "signed in" or a role.

export async function membershipOf(
  db: Db,
  organizationId: string,
  userId: string,
): Promise<MemberRole | null> {
  const [row] = await db
    .select({ role: organizationMembers.role })
    .from(organizationMembers)
    .where(
      and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)),
    );
  return row?.role ?? null;
}

/** Owners edit their organization and its members; administrators edit any. */
export const canEditOrganization = (principal: Principal | null, role: MemberRole | null) =>
  hasRole(principal, 'admin') || role === 'owner';

/** The platform and zone administrators vouch for a record ("last verified" on public pages). */
export const canVerifyOrganization = (principal: Principal | null) =>
  hasRole(principal, 'admin', 'zone_admin');

export async function assertCanEditOrganization(
  db: Db,
  principal: Principal,
  organizationId: string,
): Promise<void> {
  const role = await membershipOf(db, organizationId, principal.userId);
  if (!canEditOrganization(principal, role)) {
    throw forbidden(
      'Only owners of this organization and administrators may change it',
      'directory.not_owner',
    );
  }
}
