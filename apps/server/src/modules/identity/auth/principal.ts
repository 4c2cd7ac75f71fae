import { createHmac, timingSafeEqual } from 'node:crypto';
import { fromNodeHeaders } from 'better-auth/node';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../lib/db/types.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { sessions, userRoles, users } from '../identity.tables.ts';
import type { Auth } from './better-auth.ts';

/**
 * Resolves the session cookie to a principal on every request, roles included, so a role
 * granted or revoked (or an account disabled) takes effect on the next request. Nothing is
 * cached across requests: one query reads the session, its user and the roles together.
 *
 * The cookie is better-auth's signed session token (`token.base64(HMAC-SHA256(token, secret))`);
 * we check the signature as better-auth does and read the session ourselves, which spares every
 * request better-auth's endpoint machinery (a web Headers copy, a context, WebCrypto key import)
 * and two more queries. The rare cases where better-auth must act — an expired session (it deletes
 * it) or one due for its daily sliding refresh (it extends it) — still go through `getSession`.
 */
export function createPrincipalResolver(auth: Auth, db: Db) {
  const settings = auth.$context.then((ctx) => ({
    secret: ctx.secret,
    cookieName: ctx.authCookies.sessionToken.name,
    expiresInMs: ctx.sessionConfig.expiresIn * 1000,
    updateAgeMs: ctx.sessionConfig.updateAge * 1000,
  }));
  const byToken = db
    .select({
      sessionId: sessions.id,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      email: users.email,
      emailVerified: users.emailVerified,
      name: users.name,
      locale: users.locale,
      timeZone: users.timeZone,
      roles: sql<
        string[]
      >`coalesce((select array_agg(${userRoles.role} order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.token, sql.placeholder('token')), isNull(users.disabledAt)))
    .prepare('identity_principal_by_session_token');

  return async (request: FastifyRequest): Promise<Principal | null> => {
    const header = request.headers.cookie;
    if (!header?.includes('inohub.session_token')) return null;
    const s = await settings;
    const token = verifiedToken(cookieValue(header, s.cookieName), s.secret);
    if (!token) return null;
    const [row] = await byToken.execute({ token });
    if (!row) return null;
    const expiresAt = row.expiresAt.getTime();
    const now = Date.now();
    if (expiresAt <= now || expiresAt - s.expiresInMs + s.updateAgeMs <= now) {
      const result = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
      if (!result) return null;
    }
    return {
      userId: row.userId,
      email: row.email,
      emailVerified: row.emailVerified,
      name: row.name,
      roles: row.roles,
      locale: row.locale ?? 'ru',
      timeZone: row.timeZone ?? 'Asia/Tomsk',
      sessionId: row.sessionId,
    };
  };
}

function cookieValue(header: string, name: string): string | null {
  for (const part of header.split(';')) {
    const eqAt = part.indexOf('=');
    if (eqAt > 0 && part.slice(0, eqAt).trim() === name) {
      const raw = part.slice(eqAt + 1).trim();
      try {
        return raw.includes('%') ? decodeURIComponent(raw) : raw;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The token when its signature is valid (same format and checks as better-call's getSignedCookie). */
function verifiedToken(value: string | null, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith('=')) return null;
  const given = Buffer.from(signature, 'base64');
  const expected = createHmac('sha256', secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
