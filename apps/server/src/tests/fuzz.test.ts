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

type Injected = Awaited<ReturnType<TestApp['app']['inject']>>;

/**
 * The problem+json shape (RFC 9457 plus our code, errors[] and requestId), with `status` equal
 * to the HTTP status; a 400 names at least one field at fault in errors[].
 */
function expectProblem(res: Injected, label: string): Array<{ field: string; message: string }> {
  const where = `${label} → ${res.statusCode} ${res.body.slice(0, 200)}`;
  expect(res.headers['content-type'], where).toContain('application/problem+json');
  const body = res.json() as {
    type: string;
    title: string;
    status: number;
    code: string;
    errors: Array<{ field: string; message: string }>;
  };
  expect(body.status, where).toBe(res.statusCode);
  expect(typeof body.type, where).toBe('string');
  expect(typeof body.title, where).toBe('string');
  expect(typeof body.code, where).toBe('string');
  expect(Array.isArray(body.errors), where).toBe(true);
  if (res.statusCode === 400) expect(body.errors.length, where).toBeGreaterThan(0);
  return body.errors;
}

const everyRoute = () => t.app.routePolicies.filter((r) => !r.url.includes('*'));
const withBody = (method: string) => ['POST', 'PUT', 'PATCH'].includes(method);

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
          if (res.statusCode >= 400) expectProblem(res, `${r.method} ${r.url}`);
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
    expect(expectProblem(res, 'bad JSON').map((e) => e.field)).toEqual(['body']);
  });

  it('answers an oversized body with 413 problem+json', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/users/${everyone.userId}/roles`,
      headers: { cookie: everyone.cookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ roles: ['x'.repeat(2 * 1024 * 1024)] }),
    });
    expect(res.statusCode).toBe(413);
    expect(expectProblem(res, 'oversized body').map((e) => e.field)).toEqual(['body']);
  });
});

describe("the framework's own errors are problem+json on every route", () => {
  it('answers a very long path parameter with 414 naming the path', async () => {
    const routes = everyRoute().filter((r) => r.url.includes(':'));
    expect(routes.length).toBeGreaterThan(10);
    for (const r of routes) {
      const res = await t.app.inject({
        method: r.method as 'GET',
        url: r.url.replace(/:(\w+)/g, 'a'.repeat(5000)),
        headers: { cookie: everyone.cookie, 'content-type': 'application/json' },
        ...(withBody(r.method) ? { payload: '{}' } : {}),
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(414);
      expect(expectProblem(res, `${r.method} ${r.url}`).map((e) => e.field)).toEqual(['path']);
    }
  });

  it('answers a body in another content type with 415 naming the content-type header', async () => {
    const routes = everyRoute().filter((r) => withBody(r.method));
    for (const r of routes) {
      for (const [type, payload] of [
        ['text/plain', '{"name":"x"}'],
        ['application/xml', '<name>x</name>'],
        ['application/x-www-form-urlencoded', 'name=x'],
      ]) {
        const res = await t.app.inject({
          method: r.method as 'POST',
          url: concrete(r.url),
          headers: { cookie: everyone.cookie, 'content-type': type as string },
          payload,
        });
        expect(res.statusCode, `${r.method} ${r.url} as ${type}: ${res.body.slice(0, 200)}`).toBe(415);
        expect(expectProblem(res, `${r.method} ${r.url} as ${type}`).map((e) => e.field)).toEqual([
          'headers.content-type',
        ]);
      }
    }
  });

  it('answers an empty JSON body with 400 naming the body', async () => {
    for (const r of everyRoute().filter((r) => withBody(r.method))) {
      const res = await t.app.inject({
        method: r.method as 'POST',
        url: concrete(r.url),
        headers: { cookie: everyone.cookie, 'content-type': 'application/json' },
        payload: '',
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${r.method} ${r.url}`).toBeLessThan(500);
      expectProblem(res, `${r.method} ${r.url} with an empty body`);
    }
  });

  it('answers an unknown method on a known path, and an unknown path, as a problem', async () => {
    const byUrl = new Map<string, Set<string>>();
    for (const r of everyRoute()) byUrl.set(r.url, (byUrl.get(r.url) ?? new Set()).add(r.method));
    const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
    for (const [url, registered] of byUrl) {
      if (!url.startsWith('/api/')) continue;
      const missing = methods.find((m) => !registered.has(m));
      if (!missing) continue;
      const res = await t.app.inject({
        method: missing,
        url: concrete(url),
        headers: { cookie: everyone.cookie },
        ...(withBody(missing) ? { payload: {} } : {}),
      });
      // 404, or 400 when a parameterised sibling (GET /x/:id for GET /x/obligations) matched instead.
      expect([400, 404], `${missing} ${url}`).toContain(res.statusCode);
      expectProblem(res, `${missing} ${url}`);
    }
    expectProblem(await t.app.inject({ url: '/api/no/such/route' }), 'unknown path');
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
