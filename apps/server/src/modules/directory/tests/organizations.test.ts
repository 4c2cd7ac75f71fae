import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { createOrganization, legalIds, RESOURCE_KEYS } from './helpers.ts';

let t: TestApp;
let founder: SignedIn;
let other: SignedIn;
let admin: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  founder = await loginAs(t, 'founder');
  other = await loginAs(t, 'founder');
  admin = await loginAs(t, 'admin');
});
afterAll(async () => t?.close());

const post = (who: SignedIn | null, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/directory/organizations',
    headers: who ? { cookie: who.cookie } : {},
    payload,
  });

describe('creating an organization', () => {
  it('makes the creator its owner, stores sectors and audits it', async () => {
    const ids = legalIds();
    const res = await post(founder, {
      kind: 'startup',
      name: 'Сибирские датчики',
      nameEn: 'Siberian Sensors',
      legalForm: 'ooo',
      ...ids,
      sectors: ['electronics', 'it_software'],
      foreignCapitalPercent: 10,
    });
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({
      name: 'Сибирские датчики',
      inn: ids.inn,
      canEdit: true,
      city: 'Томск',
      verifiedAt: null,
    });
    expect(org.sectors.map((s: { code: string }) => s.code)).toEqual(['electronics', 'it_software']);
    expect(org.members).toEqual([{ userId: founder.userId, name: expect.any(String), role: 'owner' }]);
    const audit = await t.app.inject({
      url: `/api/admin/audit?objectId=${org.id}`,
      headers: { cookie: admin.cookie },
    });
    expect(audit.json().items.map((a: { action: string }) => a.action)).toContain(
      'directory.organization_created',
    );
  });

  it('refuses anonymous callers', async () => {
    expect((await post(null, { kind: 'startup', name: 'X' })).statusCode).toBe(401);
  });

  it('refuses a bad INN check digit, naming the field', async () => {
    const { ogrn } = legalIds();
    const res = await post(founder, {
      kind: 'company',
      name: 'Опечатка',
      legalForm: 'ooo',
      inn: '7707083894',
      ogrn,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'body.inn', code: 'inn_checksum' })]);
  });

  it('requires INN and OGRN of the right kind once a Russian legal form is set', async () => {
    const missing = await post(founder, { kind: 'company', name: 'Без ИНН', legalForm: 'ao' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.inn', 'body.ogrn']);
    // A sole proprietor needs a 12-digit INN and a 15-digit OGRNIP, not a company's numbers.
    const ip = await post(founder, { kind: 'startup', name: 'ИП Петров', legalForm: 'ip', ...legalIds() });
    expect(ip.statusCode).toBe(400);
    expect(ip.json().errors.map((e: { code: string }) => e.code)).toEqual(['inn_length', 'ogrn_length']);
    const ok = await post(founder, {
      kind: 'startup',
      name: 'ИП Петров',
      legalForm: 'ip',
      inn: '500100732259',
      ogrn: '304500116000157',
    });
    expect(ok.statusCode).toBe(201);
    // Without a legal form (a team before registration, a foreign partner) the numbers are optional.
    expect((await post(founder, { kind: 'startup', name: 'Команда без юрлица' })).statusCode).toBe(201);
  });

  it('rejects unknown fields (mass assignment) and unknown sectors', async () => {
    const extra = await post(founder, {
      kind: 'startup',
      name: 'Хитрец',
      verifiedAt: '2026-01-01T00:00:00Z',
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().errors[0]).toMatchObject({
      field: 'body.verifiedAt',
      code: 'unrecognized_keys',
    });
    const sector = await post(founder, { kind: 'startup', name: 'Нет сектора', sectors: ['astrology'] });
    expect(sector.statusCode).toBe(400);
    expect(sector.json().errors[0].field).toBe('body.sectors.0');
  });

  it('answers a duplicate INN with 409', async () => {
    const ids = legalIds();
    await createOrganization(t, founder, { name: 'Первая', legalForm: 'ooo', ...ids });
    expect(
      (await post(other, { kind: 'startup', name: 'Вторая', legalForm: 'ooo', ...ids })).statusCode,
    ).toBe(409);
  });
});

describe('changing an organization', () => {
  it('lets the owner patch part of it and audits the change', async () => {
    const org = await createOrganization(t, founder, { name: 'Старое имя', headcount: 3 });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/directory/organizations/${org.id}`,
      headers: { cookie: founder.cookie },
      payload: { name: 'Новое имя', sectors: ['edtech'] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Новое имя', headcount: 3, sectors: [{ code: 'edtech' }] });
  });

  it("refuses another owner's organization with 403 and no resource fields (IDOR)", async () => {
    const org = await createOrganization(t, founder, { name: 'Чужая компания' });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/directory/organizations/${org.id}`,
      headers: { cookie: other.cookie },
      payload: { name: 'Захвачено' },
    });
    expect(res.statusCode).toBe(403);
    for (const key of RESOURCE_KEYS) expect(res.json()).not.toHaveProperty(key);
    const after = await t.app.inject({ url: `/api/directory/organizations/${org.id}` });
    expect(after.json().name).toBe('Чужая компания');
  });

  it('lets an administrator patch any organization', async () => {
    const org = await createOrganization(t, founder, { name: 'Под надзором' });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/directory/organizations/${org.id}`,
      headers: { cookie: admin.cookie },
      payload: { website: 'https://example.ru' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().canEdit).toBe(true);
  });

  it('checks the legal-id rule on the record as patched', async () => {
    const org = await createOrganization(t, founder, { name: 'Будет ООО' });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/directory/organizations/${org.id}`,
      headers: { cookie: founder.cookie },
      payload: { legalForm: 'ooo' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.inn', 'body.ogrn']);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const unknown = await t.app.inject({
      method: 'PATCH',
      url: '/api/directory/organizations/7a1c1f0e-1111-4111-8111-111111111111',
      headers: { cookie: founder.cookie },
      payload: { name: 'x' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(
      (await t.app.inject('/api/directory/organizations/7a1c1f0e-1111-4111-8111-111111111111')).statusCode,
    ).toBe(404);
    const bad = await t.app.inject('/api/directory/organizations/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('params.id');
  });
});

describe('verifying an organization', () => {
  it('lets a zone administrator verify and refuses a founder', async () => {
    const org = await createOrganization(t, founder, { name: 'Проверяемая' });
    const zone = await loginAs(t, 'zone_admin');
    const denied = await t.app.inject({
      method: 'POST',
      url: `/api/directory/organizations/${org.id}/verify`,
      headers: { cookie: founder.cookie },
    });
    expect(denied.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/directory/organizations/${org.id}/verify`,
      headers: { cookie: zone.cookie },
    });
    expect(ok.statusCode).toBe(200);
    expect(new Date(ok.json().verifiedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const audit = await t.app.inject({
      url: `/api/admin/audit?action=directory.organization_verified&objectId=${org.id}`,
      headers: { cookie: admin.cookie },
    });
    expect(audit.json().total).toBe(1);
  });
});
