import type { MemberRole } from '@inohub/contracts/directory';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, notFound } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { organizationMembers } from '../directory.tables.ts';
import { users } from '../identity-read.tables.ts';
import { lockOrganization } from '../organizations/repo.ts';

const lastOwner = () =>
  new AppError(
    'unprocessable',
    'directory.last_owner',
    'An organization keeps at least one owner; add another owner first',
  );

async function ownerCount(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(organizationMembers)
    .where(
      and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.role, 'owner')),
    );
  return row?.n ?? 0;
}

async function currentRole(db: Db, organizationId: string, userId: string): Promise<MemberRole | null> {
  const [row] = await db
    .select({ role: organizationMembers.role })
    .from(organizationMembers)
    .where(
      and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)),
    );
  return row?.role ?? null;
}

/**
 * Adds a person by the email of their account, or changes their role if they already belong.
 * The organization row is locked first, so two owners demoting each other cannot both succeed.
 */
export async function addMember(
  db: Db,
  audit: AuditContext,
  organizationId: string,
  input: { email: string; role: MemberRole },
): Promise<{ userId: string; role: MemberRole }> {
  await lockOrganization(db, organizationId);
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, input.email.toLowerCase()));
  if (!user) {
    throw new AppError(
      'unprocessable',
      'directory.no_such_account',
      'No account uses this email; ask the person to sign up first',
      [{ field: 'body.email', message: 'no account uses this email', code: 'no_such_account' }],
    );
  }
  const before = await currentRole(db, organizationId, user.id);
  if (before === 'owner' && input.role === 'member' && (await ownerCount(db, organizationId)) <= 1)
    throw lastOwner();
  await db
    .insert(organizationMembers)
    .values({ organizationId, userId: user.id, role: input.role })
    .onConflictDoUpdate({
      target: [organizationMembers.organizationId, organizationMembers.userId],
      set: { role: input.role, updatedAt: new Date() },
    });
  await recordAudit(db, audit, {
    action: before ? 'directory.member_role_changed' : 'directory.member_added',
    objectType: 'organization',
    objectId: organizationId,
    details: { userId: user.id, role: input.role, previousRole: before },
  });
  return { userId: user.id, role: input.role };
}

export async function removeMember(
  db: Db,
  audit: AuditContext,
  organizationId: string,
  userId: string,
): Promise<void> {
  await lockOrganization(db, organizationId);
  const role = await currentRole(db, organizationId, userId);
  if (!role) throw notFound('member', 'directory.member_not_found');
  if (role === 'owner' && (await ownerCount(db, organizationId)) <= 1) throw lastOwner();
  await db
    .delete(organizationMembers)
    .where(
      and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)),
    );
  await recordAudit(db, audit, {
    action: 'directory.member_removed',
    objectType: 'organization',
    objectId: organizationId,
    details: { userId, role },
  });
}
