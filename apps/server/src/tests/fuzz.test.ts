import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../modules/identity/index.ts';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../testing/test-app.ts';

/**
 * RELIABILITY.md "fuzz every JSON route": valid-shaped and hostile bodies — deep nesting, huge
 * strings, __proto__, wrong types — never produce a 5xx, never pollute Object.prototype, and
 * every 4xx is problem+json. Runs as a caller holding every role, so bodies reach validation.
 */
let t: TestApp;
let everyone: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  everyone = await loginAs(t, [...ROLES]);
});
afterAll(async () => t?.close());

const concrete = (url: string) => url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');

const deep = (n: number) => {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
};

const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(
    fc.constantFrom(
      'name',
      'email',
      'roles',
      'role',
      'status',
      'organizationId',
      'approvedBy',
      'id',
      'inn',
      'password',
    ),
    fc.jsonValue({ maxDepth: 2 }),
  ),
  fc.constant(deep(2000)),
  fc.string({ maxLength: 5 }).map((s) => ({ name: s.repeat(50_000) })),
  fc.constant(
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  ),
  fc.constant([]),
  fc.constant(null),
);

describe('fuzzing every JSON route', () => {
  it('never answers 5xx, never pollutes prototypes, and answers 4xx as problem+json', async () => {
    const routes = t.app.routePolicies.filter(
      (r) => ['POST', 'PUT', 'PATCH'].includes(r.method) && !r.url.includes('*'),
    );
    expect(routes.length).toBeGreaterThan(3);
    for (const r of routes) {
      await fc.assert(
        fc.asyncProperty(hostile, async (body) => {
          const res = await t.app.inject({
            method: r.method as 'POST',
            url: concrete(r.url),
            headers: { cookie: everyone.cookie, 'content-type': 'application/json' },
            payload: JSON.stringify(body),
          });
          expect(res.statusCode, `${r.method} ${r.url} ${res.body.slice(0, 200)}`).toBeLessThan(500);
          if (res.statusCode >= 400)
            expect(res.headers['content-type']).toContain('application/problem+json');
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: 12, seed: 20_261_125 },
      );
    }
  });

  it('answers an unparsable body with 400 problem+json', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/users/${everyone.userId}/roles`,
      headers: { cookie: everyone.cookie, 'content-type': 'application/json' },
      payload: '{"roles": [',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('answers an oversized body with 413 problem+json', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/users/${everyone.userId}/roles`,
      headers: { cookie: everyone.cookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ roles: ['x'.repeat(2 * 1024 * 1024)] }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('validation errors', () => {
  it('name each unknown field and each bad field', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/users/${everyone.userId}/roles`,
      headers: { cookie: everyone.cookie },
      payload: { roles: ['wizard'], approvedBy: 'x', status: 'ok' },
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json().errors as Array<{ field: string }>).map((e) => e.field).sort();
    expect(fields).toEqual(['body.approvedBy', 'body.roles.0', 'body.status']);
  });
});
