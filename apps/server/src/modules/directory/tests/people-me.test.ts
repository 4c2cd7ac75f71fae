import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { createOrganization } from './helpers.ts';

let t: TestApp;
let alice: SignedIn;
let bob: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  alice = await loginAs(t, 'student', { name: 'Алиса Кедрова' });
  bob = await loginAs(t, 'mentor', { name: 'Борис Тайгин' });
});
afterAll(async () => t?.close());

const putProfile = (who: SignedIn, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/me/profile',
    headers: { cookie: who.cookie },
    payload: {
      headline: null,
      bio: null,
      city: null,
      skills: [],
      links: [],
      isPublic: false,
      publicFields: [],
      ...payload,
    },
  });

describe('/api/me', () => {
  it('answers 401 to a visitor', async () => {
    const res = await t.app.inject('/api/me');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('returns the account with roles and memberships', async () => {
    const org = await createOrganization(t, alice, { name: 'Студенческий стартап' });
    const me = (await t.app.inject({ url: '/api/me', headers: { cookie: alice.cookie } })).json();
    expect(me.user).toMatchObject({
      id: alice.userId,
      name: 'Алиса Кедрова',
      email: alice.email,
      locale: 'ru',
      timeZone: 'Asia/Tomsk',
      roles: ['student'],
    });
    expect(me.memberships).toEqual([
      { organizationId: org.id, organizationName: 'Студенческий стартап', kind: 'startup', role: 'owner' },
    ]);
  });

  it('changes language and time zone, and refuses an unknown zone naming the field', async () => {
    const ok = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: bob.cookie },
      payload: { locale: 'en', timeZone: 'Europe/Berlin' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ locale: 'en', timeZone: 'Europe/Berlin' });
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: bob.cookie },
      payload: { timeZone: 'Mars/Olympus' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.timeZone');
    const role = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: bob.cookie },
      payload: { roles: ['admin'] },
    });
    expect(role.statusCode).toBe(400);
  });
});

describe('profiles and people', () => {
  it('keeps a profile private until the person opts in', async () => {
    expect(
      (await t.app.inject({ url: '/api/me/profile', headers: { cookie: alice.cookie } })).json().isPublic,
    ).toBe(false);
    await putProfile(alice, {
      headline: 'Студентка ТУСУР',
      bio: 'Личное',
      skills: ['TypeScript'],
      isPublic: false,
      publicFields: ['headline'],
    });
    expect((await t.app.inject(`/api/directory/people/${alice.userId}`)).statusCode).toBe(404);
    expect((await t.app.inject('/api/directory/people')).json().total).toBe(0);
  });

  it('shows only the fields the person chose, and search never matches hidden ones', async () => {
    const res = await putProfile(bob, {
      headline: 'Ментор по электронике',
      bio: 'Секретная биография про квантовые компьютеры',
      city: 'Томск',
      skills: ['FPGA', 'Verilog'],
      links: [{ label: 'Сайт', url: 'https://example.org' }],
      isPublic: true,
      publicFields: ['headline', 'skills'],
    });
    expect(res.statusCode).toBe(200);
    const person = (await t.app.inject(`/api/directory/people/${bob.userId}`)).json();
    expect(person).toEqual({
      userId: bob.userId,
      name: 'Борис Тайгин',
      headline: 'Ментор по электронике',
      skills: ['FPGA', 'Verilog'],
    });
    expect((await t.app.inject('/api/directory/people?skill=fpga')).json().total).toBe(1);
    expect(
      (await t.app.inject(`/api/directory/people?q=${encodeURIComponent('электроник')}`)).json().total,
    ).toBe(1);
    expect(
      (await t.app.inject(`/api/directory/people?q=${encodeURIComponent('квантовые')}`)).json().total,
    ).toBe(0);
    expect((await t.app.inject(`/api/directory/people?q=${encodeURIComponent('Томск')}`)).json().total).toBe(
      0,
    );
  });

  it('withdrawing consent hides the person on the next request', async () => {
    await putProfile(bob, { isPublic: true, publicFields: ['organizations'] });
    expect((await t.app.inject(`/api/directory/people/${bob.userId}`)).json()).toEqual({
      userId: bob.userId,
      name: 'Борис Тайгин',
      organizations: [],
    });
    await putProfile(bob, { isPublic: false });
    expect((await t.app.inject(`/api/directory/people/${bob.userId}`)).statusCode).toBe(404);
  });

  it('rejects an unknown public field and a non-http link', async () => {
    const field = await putProfile(alice, { publicFields: ['email'] });
    expect(field.statusCode).toBe(400);
    expect(field.json().errors[0].field).toBe('body.publicFields.0');
    const link = await putProfile(alice, { links: [{ label: 'x', url: 'javascript:alert(1)' }] });
    expect(link.statusCode).toBe(400);
    expect(link.json().errors[0].field).toMatch(/^body\.links\.0/);
  });
});
