import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOKS_PERSONAL } from '../lib/privacy/personal-data.ts';
import { allPersonalData, ERASABLE } from '../modules.ts';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../testing/test-app.ts';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every table of every module and of lib, from the *.tables.ts files (as drizzle-kit reads them). */
async function allTables(): Promise<Map<string, PgTable>> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.tables.ts')) files.push(full);
    }
  };
  walk(src);
  const tables = new Map<string, PgTable>();
  for (const file of files) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const value of Object.values(mod)) if (is(value, PgTable)) tables.set(getTableName(value), value);
  }
  return tables;
}

describe('the privacy gate: personal data is tagged in code', () => {
  it('tags every column that looks personal with a purpose and a retention, or says why it is not personal', async () => {
    const tables = await allTables();
    expect(tables.size).toBeGreaterThan(30);
    const untagged: string[] = [];
    for (const [name, table] of tables) {
      const specs = allPersonalData.filter((s) => getTableName(s.table) === name);
      for (const [key, column] of Object.entries(getTableColumns(table))) {
        if (!LOOKS_PERSONAL.test(column.name)) continue;
        const tagged = specs.some((s) => key in s.fields || key in (s.notPersonal ?? {}));
        if (!tagged) untagged.push(`${name}.${column.name}`);
      }
    }
    expect(untagged, 'add them to the module’s personal-data.ts').toEqual([]);
  });

  it('names only columns that exist', () => {
    const unknown: string[] = [];
    for (const spec of allPersonalData) {
      const columns = getTableColumns(spec.table);
      const keys = [
        ...Object.keys(spec.fields),
        ...(spec.context ?? []),
        ...Object.keys(spec.notPersonal ?? {}),
      ];
      for (const k of keys) if (!(k in columns)) unknown.push(`${getTableName(spec.table)}.${k}`);
    }
    expect(unknown).toEqual([]);
  });
});

describe('GET /api/me/export', () => {
  let t: TestApp;
  let ana: SignedIn;
  let boris: SignedIn;
  beforeAll(async () => {
    t = await createTestApp();
    ana = await loginAs(t, 'student', { name: 'Анна Кедрова' });
    boris = await loginAs(t, 'founder', { name: 'Борис Сосновский' });
    for (const [who, bio] of [
      [ana, 'Студентка ТПУ, встраиваемые системы'],
      [boris, 'Основатель стартапа'],
    ] as const) {
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/me/profile',
        headers: { cookie: who.cookie },
        payload: {
          headline: null,
          bio,
          city: 'Томск',
          skills: [],
          links: [],
          isPublic: false,
          publicFields: [],
        },
      });
      expect(res.statusCode).toBe(200);
    }
  });
  afterAll(async () => t?.close());

  it('gives the person everything tagged about them, nothing of anyone else, and no secrets', async () => {
    const res = await t.app.inject({ url: '/api/me/export', headers: { cookie: ana.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="inohub-my-data-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const body = res.json();
    expect(body.subject).toEqual({ userId: ana.userId, email: ana.email });
    expect(body.data.users).toEqual([
      expect.objectContaining({ id: ana.userId, email: ana.email, name: 'Анна Кедрова' }),
    ]);
    expect(body.data.profiles[0]).toMatchObject({
      bio: 'Студентка ТПУ, встраиваемые системы',
      city: 'Томск',
    });
    expect(body.data.sessions.length).toBeGreaterThan(0);
    expect(body.data.user_roles).toEqual([expect.objectContaining({ role: 'student' })]);
    expect(body.tags.users.email).toEqual({ purpose: 'account', retention: 'account_lifetime' });
    const text = res.body;
    expect(text).not.toContain(boris.email);
    expect(text).not.toContain('Основатель стартапа');
    // Credentials and session tokens are never part of an export.
    for (const s of body.data.sessions) expect(Object.keys(s)).not.toContain('token');
    for (const a of body.data.accounts) expect(Object.keys(a)).not.toContain('password');
    expect(text).not.toContain(ana.cookie.split('=')[1]?.split(';')[0] ?? 'never');
  });

  it('is audited and needs a session', async () => {
    await t.app.inject({ url: '/api/me/export', headers: { cookie: boris.cookie } });
    const audit = await t.ctx.database.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'privacy.export' and actor_id = $1",
      [boris.userId],
    );
    expect(audit[0]?.n).toBe(1);
    expect((await t.app.inject({ url: '/api/me/export' })).statusCode).toBe(401);
  });
});

describe('delete my account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  const me = (who: SignedIn) => t.app.inject({ url: '/api/me', headers: { cookie: who.cookie } });
  const remove = (who: SignedIn, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/me/delete-account',
      headers: { cookie: who.cookie },
      payload: { password },
    });

  it('needs the password, then signs the person out and hides the profile at once', async () => {
    const vera = await loginAs(t, 'student', { name: 'Вера Пихтова' });
    const profile = await t.app.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: { cookie: vera.cookie },
      payload: {
        headline: 'Аспирантка ТГУ',
        bio: null,
        city: null,
        skills: [],
        links: [],
        isPublic: true,
        publicFields: ['headline'],
      },
    });
    expect(profile.statusCode).toBe(200);

    const wrong = await remove(vera, 'not the password');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([expect.objectContaining({ field: 'body.password' })]);
    expect((await me(vera)).statusCode).toBe(200);

    const done = await remove(vera, 'correct horse battery staple');
    expect(done.statusCode).toBe(200);
    const { erasureAfter } = done.json();
    expect(new Date(erasureAfter).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect((await me(vera)).statusCode).toBe(401);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: vera.email, password: 'correct horse battery staple' },
    });
    expect(signIn.statusCode).not.toBe(200);
    const [row] = await t.ctx.database.query<{ is_public: boolean }>(
      'select is_public from profiles where user_id = $1',
      [vera.userId],
    );
    expect(row?.is_public).toBe(false);
  });

  it('refuses password guesses through a stolen session after 5 wrong answers', async () => {
    const ivan = await loginAs(t, 'student');
    for (let i = 0; i < 5; i++) expect((await remove(ivan, `guess-${i}`)).statusCode).toBe(400);
    const blocked = await remove(ivan, 'correct horse battery staple');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('identity.too_many_attempts');
    expect((await me(ivan)).statusCode).toBe(200);
  });

  it('keeps the last administrator', async () => {
    const only = await loginAs(t, 'admin');
    const res = await remove(only, 'correct horse battery staple');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('identity.last_admin');
    expect((await me(only)).statusCode).toBe(200);
    const second = await loginAs(t, 'admin');
    expect((await remove(only, 'correct horse battery staple')).statusCode).toBe(200);
    expect((await me(second)).statusCode).toBe(200);
  });

  it('erases the personal data after 30 days, keeps a destruction record and the pseudonymous id', async () => {
    const { eraseDueAccounts } = await import('../privacy/erasure.ts');
    const gleb = await loginAs(t, 'founder', { name: 'Глеб Кедров' });
    await t.app.inject({
      method: 'PUT',
      url: '/api/me/profile',
      headers: { cookie: gleb.cookie },
      payload: {
        headline: 'Основатель',
        bio: 'О себе',
        city: 'Томск',
        skills: [],
        links: [],
        isPublic: false,
        publicFields: [],
      },
    });
    expect((await remove(gleb, 'correct horse battery staple')).statusCode).toBe(200);

    // Within the grace period nothing is erased.
    expect(await eraseDueAccounts(t.ctx.db, ERASABLE, new Date(Date.now() + 29 * 86_400_000))).toBe(0);
    const q = (sql: string) => t.ctx.database.query<Record<string, unknown>>(sql, [gleb.userId]);
    expect((await q('select name from users where id = $1'))[0]?.name).toBe('Глеб Кедров');

    expect(
      await eraseDueAccounts(t.ctx.db, ERASABLE, new Date(Date.now() + 31 * 86_400_000)),
    ).toBeGreaterThanOrEqual(1);
    const [user] = await q('select name, email, image from users where id = $1');
    expect(user).toEqual({
      name: 'Удалённый пользователь',
      email: `deleted-${gleb.userId}@deleted.invalid`,
      image: null,
    });
    expect(await q('select 1 from profiles where user_id = $1')).toEqual([]);
    expect(await q('select 1 from accounts where user_id = $1')).toEqual([]);
    expect(await q('select 1 from user_roles where user_id = $1')).toEqual([]);
    const old = await t.ctx.database.query('select 1 from users where email = $1', [gleb.email]);
    expect(old).toEqual([]);
    // The audit log keeps the pseudonymous actor and holds the destruction record.
    const [erased] = await q(
      "select details from audit_log where action = 'privacy.erased' and object_id = $1",
    );
    expect(erased?.details).toMatchObject({ removed: { profiles: 1, accounts: 1 } });
    expect((await q('select count(*)::int as n from audit_log where actor_id = $1'))[0]?.n).toBeGreaterThan(
      0,
    );
    // A second run erases nothing twice.
    expect(await eraseDueAccounts(t.ctx.db, ERASABLE, new Date(Date.now() + 32 * 86_400_000))).toBe(0);
  });
});

describe('the consent ledger', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('records showing and hiding the profile, withdraws in one click, and lists the consents with their texts', async () => {
    const lena = await loginAs(t, 'student', { name: 'Лена Берёзова' });
    const put = (isPublic: boolean) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/me/profile',
        headers: { cookie: lena.cookie },
        payload: {
          headline: 'ТУСУР',
          bio: null,
          city: null,
          skills: [],
          links: [],
          isPublic,
          publicFields: ['headline'],
        },
      });
    expect((await put(true)).statusCode).toBe(200);
    expect((await put(true)).statusCode).toBe(200); // unchanged: no second record
    const mine = () => t.app.inject({ url: '/api/me/consents', headers: { cookie: lena.cookie } });
    let consents = (await mine()).json();
    expect(consents.current.find((c: { purpose: string }) => c.purpose === 'public_profile')).toMatchObject({
      granted: true,
      version: expect.any(String),
    });
    expect(consents.history).toHaveLength(1);
    expect(consents.current[0].text.ru).toContain('152-ФЗ');

    const before = await t.app.inject({ url: '/api/directory/people?q=%D0%9B%D0%B5%D0%BD%D0%B0' });
    expect(JSON.stringify(before.json())).toContain('Берёзова');
    const withdraw = await t.app.inject({
      method: 'POST',
      url: '/api/me/consents/public_profile/withdraw',
      headers: { cookie: lena.cookie },
    });
    expect(withdraw.statusCode).toBe(204);
    const people = await t.app.inject({ url: '/api/directory/people?q=%D0%9B%D0%B5%D0%BD%D0%B0' });
    expect(JSON.stringify(people.json())).not.toContain('Берёзова');
    consents = (await mine()).json();
    expect(consents.current.find((c: { purpose: string }) => c.purpose === 'public_profile').granted).toBe(
      false,
    );
    expect(consents.history.map((h: { granted: boolean }) => h.granted)).toEqual([false, true]);
    // The export carries the ledger.
    const exported = (await t.app.inject({ url: '/api/me/export', headers: { cookie: lena.cookie } })).json();
    expect(exported.data.consents).toHaveLength(2);
  });
});
