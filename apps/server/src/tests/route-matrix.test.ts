import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../modules/identity/index.ts';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../testing/test-app.ts';

/**
 * RELIABILITY.md "route × principal matrix": every route declares a policy, and every protected
 * route refuses anonymous callers (401) and callers without its roles (403) — with a problem
 * body that carries no resource fields.
 */
let t: TestApp;
const byRole = new Map<Role, SignedIn>();
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) byRole.set(role, await loginAs(t, role));
});
afterAll(async () => t?.close());

const PROBLEM_KEYS = new Set(['type', 'title', 'status', 'detail', 'code', 'errors', 'requestId']);
const concrete = (url: string) => url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');

function expectBareProblem(body: string) {
  const json = JSON.parse(body) as Record<string, unknown>;
  for (const key of Object.keys(json)) expect(PROBLEM_KEYS.has(key), `unexpected key ${key}`).toBe(true);
}

describe('route × principal matrix', () => {
  it('every route has a declared policy', () => {
    expect(t.app.routePolicies.length).toBeGreaterThan(10);
    for (const r of t.app.routePolicies) expect(['public', 'signed_in', 'roles']).toContain(r.access.kind);
  });

  it('refuses to start when a route declares no policy', async () => {
    const { default: Fastify } = await import('fastify');
    const { registerAccessControl } = await import('../lib/http/access.ts');
    const app = Fastify();
    registerAccessControl(app, async () => null);
    expect(() => app.get('/api/undeclared', async () => ({ secret: true }))).toThrow(
      /declares no access policy/,
    );
    await app.close();
  });

  it('anonymous callers get 401 on every protected route', async () => {
    const protectedRoutes = t.app.routePolicies.filter((r) => r.access.kind !== 'public');
    expect(protectedRoutes.length).toBeGreaterThan(3);
    for (const r of protectedRoutes) {
      const res = await t.app.inject({
        method: r.method as 'GET',
        url: concrete(r.url),
        payload: r.method === 'GET' ? undefined : {},
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expectBareProblem(res.body);
    }
  });

  it('callers without the route roles get 403 on every role-restricted route', async () => {
    const roleRoutes = t.app.routePolicies.filter((r) => r.access.kind === 'roles');
    expect(roleRoutes.length).toBeGreaterThan(3);
    for (const r of roleRoutes) {
      if (r.access.kind !== 'roles') continue;
      const allowed = r.access.roles;
      for (const role of ROLES.filter((x) => !allowed.includes(x))) {
        const who = byRole.get(role) as SignedIn;
        const res = await t.app.inject({
          method: r.method as 'GET',
          url: concrete(r.url),
          headers: { cookie: who.cookie },
          payload: r.method === 'GET' ? undefined : {},
        });
        expect(res.statusCode, `${role} → ${r.method} ${r.url}`).toBe(403);
        expectBareProblem(res.body);
      }
    }
  });
});
