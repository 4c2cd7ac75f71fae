import { SKILL_CATEGORIES } from '@inohub/contracts/talent/skills';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../../testing/test-app.ts';
import { auditLog } from '../../identity/identity.tables.ts';
import { call, ok } from './fixtures.ts';

describe('talent skills taxonomy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const codes = async (q: string) =>
    ok(await call(t, null, 'GET', `/api/talent/skills?q=${encodeURIComponent(q)}`)).map(
      (s: { code: string }) => s.code,
    );

  it('comes with a curated bilingual list across the fields Tomsk universities teach', async () => {
    const all = ok(await call(t, null, 'GET', '/api/talent/skills'));
    expect(all.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(all.map((s: { category: string }) => s.category));
    // Every group of the picker has skills, and no skill sits outside the groups.
    expect([...categories].sort()).toEqual(SKILL_CATEGORIES.filter((c) => c !== 'other').sort());
    expect(all.every((s: { isCustom: boolean }) => !s.isCustom)).toBe(true);
  });

  it('finds skills by either name, by part of a word and by a misspelling', async () => {
    expect((await codes('машинн'))[0]).toBe('machine-learning');
    expect(await codes('machine')).toContain('machine-learning');
    expect(await codes('ПЛИС')).toContain('fpga');
    expect((await codes('pyton'))[0]).toBe('python');
    expect(await codes('zzzzqqq')).toEqual([]);
  });

  it('adds a missing skill once, coded by transliteration, and audits it', async () => {
    const student = await loginAs(t, 'student');
    const added = await call(t, student, 'POST', '/api/talent/skills', { nameRu: 'Гидрология' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({
      code: 'custom-gidrologiia',
      nameRu: 'Гидрология',
      nameEn: 'Гидрология',
      category: 'other',
      isCustom: true,
    });
    const again = await call(t, student, 'POST', '/api/talent/skills', { nameEn: 'ГИДРОЛОГИЯ' });
    expect(again.statusCode).toBe(200);
    expect(again.json().code).toBe('custom-gidrologiia');
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'talent.skill_added'), eq(auditLog.objectId, 'custom-gidrologiia')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(student.userId);
    expect(await codes('гидро')).toContain('custom-gidrologiia');
    // It can go on a profile now.
    ok(
      await call(t, student, 'PUT', '/api/talent/profiles/me', {
        fullName: 'Гидролог',
        skills: ['custom-gidrologiia'],
      }),
    );
  });

  it('answers the curated skill when a name matches it in any case or language field', async () => {
    const user = await loginAs(t, 'recruiter');
    const res = await call(t, user, 'POST', '/api/talent/skills', { nameRu: 'PYTHON' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 'python', isCustom: false });
    const ru = await call(t, user, 'POST', '/api/talent/skills', { nameEn: 'машинное обучение' });
    expect(ru.json().code).toBe('machine-learning');
  });

  it('gives a second skill whose name spells the same code its own code', async () => {
    const user = await loginAs(t, 'student');
    const a = ok(await call(t, user, 'POST', '/api/talent/skills', { nameEn: 'Wind tunnels' }), 201);
    const b = ok(await call(t, user, 'POST', '/api/talent/skills', { nameEn: 'Wind-tunnels' }), 201);
    expect(a.code).toBe('custom-wind-tunnels');
    expect(b.code).toBe('custom-wind-tunnels-2');
  });

  it('needs a signed-in caller and a name', async () => {
    expect((await call(t, null, 'POST', '/api/talent/skills', { nameRu: 'Сварка' })).statusCode).toBe(401);
    const user = await loginAs(t, 'student');
    const empty = await call(t, user, 'POST', '/api/talent/skills', {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toContain('nameRu');
  });
});
