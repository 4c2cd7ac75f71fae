import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const concrete = (url: string) =>
  url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000').replace('*', 'sign-out');

describe('CSRF protection', () => {
  it('refuses every forged cross-site state-changing request with 403', async () => {
    const admin = await loginAs(t, 'admin');
    const writes = t.app.routePolicies.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
    expect(writes.length).toBeGreaterThan(5);
    const forged = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'http://localhost:3000.evil.example' },
    ];
    let refused = 0;
    let total = 0;
    for (const route of writes) {
      for (const headers of forged) {
        total++;
        const res = await t.app.inject({
          method: route.method as 'POST',
          url: concrete(route.url),
          headers: { ...headers, cookie: admin.cookie, host: 'localhost:3000' },
          payload: {},
        });
        if (res.statusCode === 403) refused++;
        else console.error('not refused', route.method, route.url, headers, res.statusCode);
      }
    }
    expect(refused).toBe(total);
  });

  it('lets same-origin browser requests through', async () => {
    const admin = await loginAs(t, 'admin');
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/users/${admin.userId}/roles`,
      headers: {
        origin: 'http://localhost:3000',
        'sec-fetch-site': 'same-origin',
        cookie: admin.cookie,
        host: 'localhost:3000',
      },
      payload: { roles: ['admin'] },
    });
    expect(res.statusCode).toBe(200);
  });
});
