import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOutbox } from '../../../lib/mail/mailer.ts';
import { cookieHeader, createTestApp, loginAs, type TestApp } from '../../../testing/test-app.ts';
import { CONSENT_TEXTS } from '../consent/texts.ts';
import { auditLog } from '../identity.tables.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** Sign-up as the form sends it: with the consent to processing ticked unless the test says otherwise. */
const signUp = (payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: { consent: true, ...payload } });

async function latestMailTo(email: string) {
  const { items } = await listOutbox(t.ctx.db, { to: email, limit: 1, offset: 0 });
  return items[0];
}

describe('sign-up, email verification, sign-in', () => {
  it('verifies the address through the mailed link and then signs in', async () => {
    const email = 'new.student@example.ru';
    const res = await signUp({
      name: 'Анна Новикова',
      email,
      password: 'тайга-кедр-обь-2026',
      locale: 'ru',
      roles: ['student'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'verification_sent' });

    // Not verified yet: sign-in is refused.
    const early = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email, password: 'тайга-кедр-обь-2026' },
    });
    expect(early.statusCode).toBe(403);

    const mail = await latestMailTo(email);
    expect(mail?.subject).toBe('Подтвердите почту в Inohub');
    const link = mail?.textBody.match(/https?:\/\/\S+/)?.[0];
    expect(link).toContain('/api/auth/verify-email?token=');
    const url = new URL(link as string);
    const verify = await t.app.inject({ method: 'GET', url: url.pathname + url.search });
    expect([200, 302]).toContain(verify.statusCode);

    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email, password: 'тайга-кедр-обь-2026' },
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = cookieHeader(signIn);
    expect(cookie).toContain('inohub.session_token=');
    const setCookie = String(signIn.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
  });

  it('asks for the consent to processing and records it in the ledger with the version of its text', async () => {
    const without = await signUp({
      name: 'Б',
      email: 'noconsent@example.ru',
      password: 'тайга-кедр-обь-2026',
      consent: undefined,
    });
    expect(without.statusCode).toBe(400);
    expect(without.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.consent']);
    const refused = await signUp({
      name: 'Б',
      email: 'noconsent@example.ru',
      password: 'тайга-кедр-обь-2026',
      consent: false,
    });
    expect(refused.statusCode).toBe(400);
    expect(await t.ctx.database.query("select 1 from users where email = 'noconsent@example.ru'")).toEqual(
      [],
    );

    expect(
      (await signUp({ name: 'В', email: 'consent@example.ru', password: 'тайга-кедр-обь-2026' })).statusCode,
    ).toBe(200);
    const rows = await t.ctx.database.query<{ purpose: string; version: string; granted: boolean }>(
      "select c.purpose, c.version, c.granted from consents c join users u on u.id = c.user_id where u.email = 'consent@example.ru'",
    );
    expect(rows).toEqual([
      { purpose: 'processing', version: CONSENT_TEXTS.processing.version, granted: true },
    ]);
    // The ledger is append-only, like the audit log.
    await expect(t.ctx.database.query('update consents set granted = false')).rejects.toThrow(
      /cannot be changed/,
    );
  });

  it('answers the same for a new and an already registered email (no enumeration)', async () => {
    const body = { name: 'X', password: 'долгий-пароль-для-теста' };
    const first = await signUp({ ...body, email: 'dup@example.ru' });
    const second = await signUp({ ...body, email: 'dup@example.ru' });
    expect(second.statusCode).toBe(first.statusCode);
    expect(second.body).toBe(first.body);
    const mail = await latestMailTo('dup@example.ru');
    expect(mail?.template).toBe('identity.already_registered');
  });

  it('rejects a common password and names the field', async () => {
    const res = await signUp({ name: 'X', email: 'weak@example.ru', password: 'password123' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'body.password' })]);
  });

  it('refuses self-granting of privileged roles at sign-up', async () => {
    const res = await signUp({
      name: 'X',
      email: 'sneaky@example.ru',
      password: 'долгий-пароль-для-теста',
      roles: ['admin'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toMatch(/^body\.roles/);
  });

  it('commits the account, its consent and its roles together or not at all', async () => {
    // A consent insert that fails (here a constraint that refuses every new row, in life a lost
    // connection) must leave no account behind: no account without the consent it was made under.
    await t.ctx.database.query(
      "alter table consents add constraint test_refuse_consent check (purpose <> 'processing') not valid",
    );
    try {
      const res = await signUp({
        name: 'Г',
        email: 'atomic@example.ru',
        password: 'тайга-кедр-обь-2026',
        roles: ['founder'],
      });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(await t.ctx.database.query("select 1 from users where email = 'atomic@example.ru'")).toEqual([]);
      expect(
        await t.ctx.database.query(
          "select 1 from accounts a join users u on u.id = a.user_id where u.email = 'atomic@example.ru'",
        ),
      ).toEqual([]);
    } finally {
      await t.ctx.database.query('alter table consents drop constraint test_refuse_consent');
    }
    const ok = await signUp({
      name: 'Г',
      email: 'atomic@example.ru',
      password: 'тайга-кедр-обь-2026',
      roles: ['founder'],
    });
    expect(ok.statusCode).toBe(200);
    const rows = await t.ctx.database.query<{ role: string; purpose: string }>(
      "select r.role, c.purpose from users u join user_roles r on r.user_id = u.id join consents c on c.user_id = u.id where u.email = 'atomic@example.ru'",
    );
    expect(rows).toEqual([{ role: 'founder', purpose: 'processing' }]);
  });

  it('accepts a 64-character passphrase', async () => {
    const res = await signUp({ name: 'X', email: 'long@example.ru', password: 'я'.repeat(64) });
    expect(res.statusCode).toBe(200);
  });
});

describe('sign-in', () => {
  it('gives the same status and body for an unknown account and a wrong password', async () => {
    const known = await loginAs(t, 'student');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: known.email, password: 'not-the-password' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'nobody@example.ru', password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(wrong.statusCode);
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
  });

  it('signs out server-side: the old cookie no longer works', async () => {
    const s = await loginAs(t, 'student');
    expect(
      (await t.app.inject({ url: '/api/auth/get-session', headers: { cookie: s.cookie } })).json(),
    ).not.toBeNull();
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: s.cookie },
      payload: {},
    });
    expect(out.statusCode).toBe(200);
    const admin = await loginAs(t, 'admin');
    const after = await t.app.inject({ url: '/api/admin/users', headers: { cookie: s.cookie } });
    expect(after.statusCode).toBe(401);
    void admin;
  });
});

describe('authorization changes take effect on the next request', () => {
  it('a granted role works at once, a disabled account loses its session', async () => {
    const admin = await loginAs(t, 'admin');
    const user = await loginAs(t, 'student');
    expect(
      (await t.app.inject({ url: '/api/admin/audit', headers: { cookie: user.cookie } })).statusCode,
    ).toBe(403);
    const grant = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/users/${user.userId}/roles`,
      headers: { cookie: admin.cookie },
      payload: { roles: ['student', 'admin'] },
    });
    expect(grant.statusCode).toBe(200);
    expect(grant.json().roles).toEqual(['admin', 'student']);
    expect(
      (await t.app.inject({ url: '/api/admin/audit', headers: { cookie: user.cookie } })).statusCode,
    ).toBe(200);

    const disable = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/users/${user.userId}/disabled`,
      headers: { cookie: admin.cookie },
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(200);
    expect(
      (await t.app.inject({ url: '/api/admin/audit', headers: { cookie: user.cookie } })).statusCode,
    ).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: user.email, password: 'correct horse battery staple' },
    });
    expect(again.statusCode).not.toBe(200);

    const rows = await t.ctx.db.select().from(auditLog).where(eq(auditLog.objectId, user.userId));
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['identity.roles_changed', 'identity.user_disabled']),
    );
    expect(rows.find((r) => r.action === 'identity.roles_changed')?.actorId).toBe(admin.userId);
  });

  it('rejects extra fields in the roles body (mass assignment) and changes nothing', async () => {
    const admin = await loginAs(t, 'admin');
    const user = await loginAs(t, 'student');
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/users/${user.userId}/roles`,
      headers: { cookie: admin.cookie },
      payload: { roles: ['student'], disabled: true, approvedBy: admin.userId },
    });
    expect(res.statusCode).toBe(400);
    const me = await t.app.inject({
      url: `/api/admin/users?q=${encodeURIComponent(user.email)}`,
      headers: { cookie: admin.cookie },
    });
    expect(me.json().items[0]).toMatchObject({ disabled: false, roles: ['student'] });
  });
});

describe('audit log', () => {
  it('cannot be updated or deleted, even by the application', async () => {
    await loginAs(t, 'admin');
    await expect(t.ctx.database.query(`update audit_log set action = 'x'`)).rejects.toThrow(
      /append-only|cannot be changed/,
    );
    await expect(t.ctx.database.query('delete from audit_log')).rejects.toThrow(/cannot be changed/);
  });
});

describe('password reset', () => {
  it('resets through the mailed link, ends old sessions, and answers alike for unknown emails', async () => {
    const user = await loginAs(t, 'founder');
    const ask = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/request-password-reset',
        payload: { email, redirectTo: '/reset-password' },
      });
    const known = await ask(user.email);
    const unknown = await ask('ghost@example.ru');
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);

    const mail = await latestMailTo(user.email);
    expect(mail?.template).toBe('identity.reset_password');
    const link = new URL(mail?.textBody.match(/https?:\/\/\S+/)?.[0] ?? 'http://x/');
    const follow = await t.app.inject({ url: link.pathname + link.search });
    expect(follow.statusCode).toBe(302);
    const token = new URL(String(follow.headers.location), 'http://x').searchParams.get('token');
    expect(token).toBeTruthy();

    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token, newPassword: 'qwerty123' },
    });
    expect(weak.statusCode).toBe(400);
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token, newPassword: 'новый-пароль-для-обь' },
    });
    expect(reset.statusCode).toBe(200);
    // The session from before the reset is gone.
    expect(
      (await t.app.inject({ url: '/api/admin/users', headers: { cookie: user.cookie } })).statusCode,
    ).toBe(401);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: user.email, password: 'новый-пароль-для-обь' },
    });
    expect(signIn.statusCode).toBe(200);
  });
});
