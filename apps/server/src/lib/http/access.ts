import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

/**
 * Every route declares who may call it in `config.access`; a route without one stops the
 * server from starting (deny by default). Record-level rules (own organization, assigned
 * reviewer …) live in each module's policy file and run in the service.
 */
export type Access =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed_in' }
  | { readonly kind: 'roles'; readonly roles: readonly string[] };

export const access = {
  public: { kind: 'public' } as Access,
  signedIn: { kind: 'signed_in' } as Access,
  roles: (...roles: string[]): Access => ({ kind: 'roles', roles }),
};

export interface Principal {
  readonly userId: string;
  readonly email: string;
  readonly emailVerified: boolean;
  readonly name: string;
  readonly roles: readonly string[];
  readonly locale: string;
  readonly timeZone: string;
  readonly sessionId: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Every route with its declared policy, for the route × role matrix tests. */
    routePolicies: RoutePolicy[];
  }
  interface FastifyRequest {
    /** The signed-in person, or null. Resolved once per request from the session cookie. */
    principal: Principal | null;
  }
}

export interface RoutePolicy {
  method: string;
  url: string;
  access: Access;
}

export type PrincipalResolver = (request: FastifyRequest) => Promise<Principal | null>;

/** Routes that plugins register themselves (docs UI, static files) and are public by nature. */
const implicitPublic = (url: string) => !url.startsWith('/api/') || url.startsWith('/api/docs');

export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('unauthenticated', 'auth.required', 'Sign in to continue');
  return request.principal;
}

export function hasRole(principal: Principal | null, ...roles: string[]): boolean {
  return !!principal && roles.some((r) => principal.roles.includes(r));
}

export function registerAccessControl(app: FastifyInstance, resolvePrincipal: PrincipalResolver): void {
  app.decorateRequest('principal', null);
  const policies: RoutePolicy[] = [];
  app.decorate('routePolicies', policies);

  app.addHook('onRoute', (route) => {
    if (!route.config?.access) {
      if (!implicitPublic(route.url)) {
        throw new Error(
          `Route ${String(route.method)} ${route.url} declares no access policy (config.access)`,
        );
      }
      route.config = { ...(route.config ?? {}), access: access.public };
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method !== 'HEAD') policies.push({ method, url: route.url, access: route.config.access as Access });
    }
  });

  // onRequest: refuse before the body is even parsed or validated (401/403 beat 400).
  app.addHook('onRequest', async (request) => {
    const policy = request.routeOptions.config?.access;
    // A request that matched no route reaches the not-found handler without a policy.
    if (!policy) return;
    request.principal = await resolvePrincipal(request);
    if (policy.kind === 'public') return;
    const principal = requirePrincipal(request);
    if (policy.kind === 'roles' && !policy.roles.some((r) => principal.roles.includes(r))) {
      throw new AppError('forbidden', 'auth.forbidden', 'Your roles do not allow this action');
    }
  });
}
