import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../lib/db/types.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { rolesOf } from '../users/service.ts';
import type { Auth } from './better-auth.ts';

/**
 * Resolves the session cookie to a principal on every request, roles included, so a role
 * granted or revoked (or an account disabled) takes effect on the next request.
 */
export function createPrincipalResolver(auth: Auth, db: Db) {
  return async (request: FastifyRequest): Promise<Principal | null> => {
    const cookie = request.headers.cookie;
    if (!cookie?.includes('inohub.session_token')) return null;
    const result = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
    if (!result) return null;
    const user = result.user as typeof result.user & {
      locale?: string;
      timeZone?: string;
      disabledAt?: Date | null;
    };
    return {
      userId: user.id,
      email: user.email,
      name: user.name,
      roles: await rolesOf(db, user.id),
      locale: user.locale ?? 'ru',
      timeZone: user.timeZone ?? 'Asia/Tomsk',
      sessionId: result.session.id,
    };
  };
}
