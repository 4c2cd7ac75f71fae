import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { parseEnv } from '../config/env.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

/** RELIABILITY.md: no passwords, session ids, tokens, emails or tax ids in logs. */
let t: TestApp;
let logs = '';
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  t = await createTestApp();
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs += chunk.toString();
      done();
    },
  });
  app = await buildApp(
    { ...t.ctx, env: parseEnv({ LOG_LEVEL: 'trace', DATA_DIR: t.ctx.env.DATA_DIR }) },
    {
      secret: 'test-secret-test-secret-test-secret-1234',
      logStream: sink,
      signInPerMinute: 1000,
    },
  );
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

describe('log redaction', () => {
  it('keeps secrets and personal data out of a trace-level log of an auth session', async () => {
    const email = 'secret.person@example.ru';
    const password = 'очень-секретный-пароль-42';
    await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { name: 'S', email, password, consent: true },
    });
    const { listOutbox } = await import('../lib/mail/mailer.ts');
    const mail = (await listOutbox(t.ctx.db, { to: email, limit: 1, offset: 0 })).items[0];
    const link = new URL(mail?.textBody.match(/https?:\/\/\S+/)?.[0] ?? 'http://x/');
    const token = link.searchParams.get('token') ?? 'missing-token';
    await app.inject({ url: link.pathname + link.search });
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email, password },
    });
    const sessionCookie = String(signIn.headers['set-cookie']).split(';')[0]?.split('=')[1] ?? 'missing';
    await app.inject({
      url: '/api/admin/users',
      headers: { cookie: `inohub.session_token=${sessionCookie}` },
    });
    await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email, password: 'wrong' },
    });

    expect(logs.length).toBeGreaterThan(500);
    expect(token.length).toBeGreaterThan(10);
    for (const secret of [password, email, token, decodeURIComponent(sessionCookie)]) {
      expect(logs.includes(secret), `log contains ${secret.slice(0, 6)}…`).toBe(false);
    }
  });
});
