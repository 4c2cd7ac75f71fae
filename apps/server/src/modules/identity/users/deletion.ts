import { verifyPassword } from 'better-auth/crypto';
import { and, count, eq, isNotNull, isNull, like, lt, ne, not } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../audit/service.ts';
import { accounts, sessions, userRoles, users, verifications } from '../identity.tables.ts';
import { clearFailures, recentFailures, recordFailure } from '../throttle/sign-in-throttle.ts';

/**
 * 152-FZ art. 21 §5: personal data are destroyed within 30 days once the person withdraws consent.
 * During these days the account is closed (no sign-in, no public profile) and the request can be
 * answered if it was a mistake; then the data are erased.
 */
export const ERASURE_GRACE_DAYS = 30;

/** The account name people see instead of an erased person's name. */
export const ERASED_NAME = 'Удалённый пользователь';
const erasedEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;

/** Wrong passwords tolerated per account within the sign-in failure window before a re-check is refused. */
export const MAX_CONFIRM_FAILURES = 5;

/**
 * Step-up: the signed-in person proves again it is them. Wrong answers count with the sign-in
 * failures of the account (15 min window), and after a few the check is refused outright, so a
 * stolen session cannot guess the password here. Run outside the transaction of the action, so
 * that a failure is recorded even though the action is not taken.
 */
export async function confirmPassword(db: Db, userId: string, password: string): Promise<void> {
  const [row] = await db
    .select({ email: users.email, hash: accounts.password })
    .from(users)
    .leftJoin(accounts, and(eq(accounts.userId, users.id), eq(accounts.providerId, 'credential')))
    .where(eq(users.id, userId));
  if (!row) throw new AppError('unauthenticated', 'auth.required', 'Sign in to continue');
  if ((await recentFailures(db, row.email)) >= MAX_CONFIRM_FAILURES)
    throw new AppError(
      'rate_limited',
      'identity.too_many_attempts',
      'Too many wrong passwords; try again later',
    );
  if (!row.hash || !(await verifyPassword({ hash: row.hash, password }))) {
    await recordFailure(db, row.email);
    throw new AppError('invalid', 'identity.wrong_password', 'The password is not right', [
      { field: 'body.password', message: 'is not the account password', code: 'wrong_password' },
    ]);
  }
  await clearFailures(db, row.email);
}

/**
 * The person deletes their own account (after `confirmPassword`): signed out everywhere at once;
 * erasure follows after the grace period.
 */
export async function requestAccountDeletion(
  db: Db,
  audit: AuditContext,
  userId: string,
): Promise<{ deletionRequestedAt: Date; erasureAfter: Date }> {
  // The platform must keep someone who can manage it.
  const [others] = await db
    .select({ n: count() })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.role, 'admin'), ne(userRoles.userId, userId), isNull(users.disabledAt)));
  const [mine] = await db
    .select({ n: count() })
    .from(userRoles)
    .where(and(eq(userRoles.userId, userId), eq(userRoles.role, 'admin')));
  if ((mine?.n ?? 0) > 0 && (others?.n ?? 0) === 0)
    throw conflict(
      'identity.last_admin',
      'You are the only administrator: make someone else an administrator first',
    );
  const now = new Date();
  await db
    .update(users)
    .set({ deletionRequestedAt: now, disabledAt: now, updatedAt: now })
    .where(eq(users.id, userId));
  await db.delete(sessions).where(eq(sessions.userId, userId));
  await recordAudit(db, audit, {
    action: 'identity.deletion_requested',
    objectType: 'user',
    objectId: userId,
    details: { graceDays: ERASURE_GRACE_DAYS },
  });
  return {
    deletionRequestedAt: now,
    erasureAfter: new Date(now.getTime() + ERASURE_GRACE_DAYS * 86_400_000),
  };
}

/** Accounts whose grace period has run out and that are not erased yet. */
export async function accountsDueForErasure(
  db: Db,
  now: Date = new Date(),
): Promise<Array<{ id: string; email: string }>> {
  const cutoff = new Date(now.getTime() - ERASURE_GRACE_DAYS * 86_400_000);
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      and(
        isNotNull(users.deletionRequestedAt),
        lt(users.deletionRequestedAt, cutoff),
        not(like(users.email, 'deleted-%@deleted.invalid')),
      ),
    );
}

/**
 * Erases identity's part of a person: name, email and picture pseudonymized (the id stays, so that
 * records under legal hold — applications, reports, the audit log — keep a pseudonymous author),
 * credentials, sessions, roles and pending verifications deleted. Returns what was removed.
 */
export async function eraseIdentity(db: Db, userId: string, email: string): Promise<Record<string, number>> {
  const removed = {
    accounts: (await db.delete(accounts).where(eq(accounts.userId, userId)).returning({ id: accounts.id }))
      .length,
    sessions: (await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id }))
      .length,
    user_roles: (
      await db.delete(userRoles).where(eq(userRoles.userId, userId)).returning({ role: userRoles.role })
    ).length,
    verifications: (
      await db
        .delete(verifications)
        .where(eq(verifications.identifier, email))
        .returning({ id: verifications.id })
    ).length,
  };
  await db
    .update(users)
    .set({
      name: ERASED_NAME,
      email: erasedEmail(userId),
      image: null,
      emailVerified: false,
      updatedAt: new Date(),
    })
    .where(eq(users.id, userId));
  return removed;
}
