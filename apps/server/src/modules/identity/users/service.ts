import { hashPassword } from 'better-auth/crypto';
import { and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict, notFound } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../audit/service.ts';
import { accounts, sessions, userRoles, users } from '../identity.tables.ts';
import type { Role } from '../roles.ts';

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  locale: string;
  timeZone: string;
  roles: Role[];
  disabled: boolean;
  createdAt: Date;
}

export async function rolesOf(db: Db, userId: string): Promise<Role[]> {
  const rows = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, userId))
    .orderBy(asc(userRoles.role));
  return rows.map((r) => r.role as Role);
}

async function rolesByUser(db: Db, ids: string[]): Promise<Map<string, Role[]>> {
  const map = new Map<string, Role[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .select()
    .from(userRoles)
    .where(inArray(userRoles.userId, ids))
    .orderBy(asc(userRoles.role));
  for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r.role as Role]);
  return map;
}

export async function getUser(db: Db, userId: string): Promise<UserSummary> {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  if (!u) throw notFound('user', 'identity.user_not_found');
  return toSummary(u, await rolesOf(db, userId));
}

function toSummary(u: typeof users.$inferSelect, roles: Role[]): UserSummary {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    emailVerified: u.emailVerified,
    locale: u.locale,
    timeZone: u.timeZone,
    roles,
    disabled: u.disabledAt !== null,
    createdAt: u.createdAt,
  };
}

export async function listUsers(db: Db, q: { q?: string; role?: Role; page: number; pageSize: number }) {
  const conditions: SQL[] = [];
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    const match = or(ilike(users.name, like), ilike(users.email, like));
    if (match) conditions.push(match);
  }
  if (q.role) {
    conditions.push(
      inArray(
        users.id,
        db.select({ id: userRoles.userId }).from(userRoles).where(eq(userRoles.role, q.role)),
      ),
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.name), asc(users.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(where);
  const roles = await rolesByUser(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((u) => toSummary(u, roles.get(u.id) ?? [])), total: count?.n ?? 0 };
}

export async function setRoles(
  db: Db,
  ctx: AuditContext,
  userId: string,
  roles: Role[],
): Promise<UserSummary> {
  await getUser(db, userId);
  const before = await rolesOf(db, userId);
  const wanted = [...new Set(roles)];
  if (ctx.actorId === userId && before.includes('admin') && !wanted.includes('admin')) {
    throw new AppError(
      'unprocessable',
      'identity.cannot_drop_own_admin',
      'You cannot remove your own administrator role',
    );
  }
  const removed = before.filter((r) => !wanted.includes(r));
  const added = wanted.filter((r) => !before.includes(r));
  if (removed.length)
    await db.delete(userRoles).where(and(eq(userRoles.userId, userId), inArray(userRoles.role, removed)));
  if (added.length) {
    await db.insert(userRoles).values(added.map((role) => ({ userId, role, grantedBy: ctx.actorId })));
  }
  if (added.length || removed.length) {
    await recordAudit(db, ctx, {
      action: 'identity.roles_changed',
      objectType: 'user',
      objectId: userId,
      details: { added, removed },
    });
  }
  return getUser(db, userId);
}

export async function setDisabled(
  db: Db,
  ctx: AuditContext,
  userId: string,
  disabled: boolean,
): Promise<UserSummary> {
  await getUser(db, userId);
  if (ctx.actorId === userId && disabled) {
    throw new AppError(
      'unprocessable',
      'identity.cannot_disable_self',
      'You cannot disable your own account',
    );
  }
  await db
    .update(users)
    .set({ disabledAt: disabled ? new Date() : null, updatedAt: new Date() })
    .where(eq(users.id, userId));
  // Sessions die with the account, effective on the next request.
  if (disabled) await db.delete(sessions).where(eq(sessions.userId, userId));
  await recordAudit(db, ctx, {
    action: disabled ? 'identity.user_disabled' : 'identity.user_enabled',
    objectType: 'user',
    objectId: userId,
  });
  return getUser(db, userId);
}

export async function updateOwnProfile(
  db: Db,
  userId: string,
  patch: { name?: string; locale?: 'ru' | 'en'; timeZone?: string },
): Promise<UserSummary> {
  await db
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(users.id, userId));
  return getUser(db, userId);
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  roles: Role[];
  locale?: 'ru' | 'en';
  timeZone?: string;
  emailVerified?: boolean;
  isDemo?: boolean;
}

/** Creates a user with a password credential (better-auth's scrypt format): sign-up, CLI and seed. */
export async function createUserWithPassword(
  db: Db,
  ctx: AuditContext,
  input: NewUser,
): Promise<UserSummary> {
  const email = input.email.trim().toLowerCase();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing)
    throw conflict('identity.email_taken', 'A user with this email already exists', [
      { field: 'email', message: 'is taken' },
    ]);
  const id = crypto.randomUUID();
  const hash = await hashPassword(input.password);
  await db.insert(users).values({
    id,
    email,
    name: input.name,
    emailVerified: input.emailVerified ?? true,
    locale: input.locale ?? 'ru',
    timeZone: input.timeZone ?? 'Asia/Tomsk',
    isDemo: input.isDemo ?? false,
  });
  await db
    .insert(accounts)
    .values({ id: crypto.randomUUID(), accountId: id, providerId: 'credential', userId: id, password: hash });
  if (input.roles.length)
    await db
      .insert(userRoles)
      .values([...new Set(input.roles)].map((role) => ({ userId: id, role, grantedBy: ctx.actorId })));
  await recordAudit(db, ctx, {
    action: 'identity.user_created',
    objectType: 'user',
    objectId: id,
    details: { roles: input.roles },
  });
  return getUser(db, id);
}
