import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery protection by origin checking (the OWASP "verifying origin with
 * standard headers" defence, as in Go's CrossOriginProtection): a browser always sends
 * Sec-Fetch-Site and/or Origin on a state-changing request, so a request that says it comes
 * from another site is refused. Requests with neither header are not from a browser (curl,
 * scripts with a session cookie they were given), which CSRF cannot abuse.
 */
export function registerCsrfProtection(app: FastifyInstance, trustedOrigins: readonly string[]): void {
  const trusted = new Set(trustedOrigins.map((o) => new URL(o).origin));
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    if (origin && origin !== 'null') {
      const host = request.headers.host;
      let originUrl: URL | null = null;
      try {
        originUrl = new URL(origin);
      } catch {
        originUrl = null;
      }
      if (originUrl && (originUrl.host === host || trusted.has(originUrl.origin))) return;
      throw new AppError('forbidden', 'auth.cross_origin', 'Cross-origin request refused');
    }
    if (site === 'cross-site' || site === 'same-site' || origin === 'null') {
      throw new AppError('forbidden', 'auth.cross_origin', 'Cross-origin request refused');
    }
  });
}
