import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('health', () => {
  it('answers health and ready', async () => {
    expect((await t.app.inject('/api/health')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/api/ready');
    expect(ready.statusCode).toBe(200);
  });
  it('answers unknown routes with problem+json 404', async () => {
    const res = await t.app.inject('/api/nope');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('admin routes', () => {
  it('lets an admin list users and refuses a student', async () => {
    const admin = await loginAs(t, 'admin');
    const student = await loginAs(t, 'student');
    const ok = await t.app.inject({ url: '/api/admin/users', headers: { cookie: admin.cookie } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().total).toBeGreaterThanOrEqual(2);
    const denied = await t.app.inject({ url: '/api/admin/users', headers: { cookie: student.cookie } });
    expect(denied.statusCode).toBe(403);
    const anon = await t.app.inject({ url: '/api/admin/users' });
    expect(anon.statusCode).toBe(401);
  });
});
