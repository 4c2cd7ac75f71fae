import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { call, multipart, ok, PDF, PNG, setupZone, type ZoneFixture } from './fixtures.ts';

let t: TestApp;
let admin: SignedIn;
let fx: ZoneFixture;
beforeAll(async () => {
  t = await createTestApp();
  admin = await loginAs(t, 'zone_admin');
  fx = await setupZone(t, admin);
});
afterAll(async () => t?.close());

const upload = (who: SignedIn | null, url: string, name: string, data: Buffer) => {
  const mp = multipart(name, data);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { ...(who ? { cookie: who.cookie } : {}), ...mp.headers },
    payload: mp.payload,
  });
};

describe('zones, sites, buildings, units', () => {
  it('reads publicly and writes only as zone admin', async () => {
    const zone = ok(await call(t, null, 'GET', `/api/zone/zones/${fx.zoneId}`));
    expect(zone.sites).toHaveLength(1);
    const building = ok(await call(t, null, 'GET', `/api/zone/buildings/${fx.buildingId}`));
    expect(building.units.map((u: { code: string }) => u.code)).toEqual(['101', '102', '201']);
    const founder = await loginAs(t, 'founder');
    expect(
      (
        await call(t, founder, 'POST', `/api/zone/zones/${fx.zoneId}/sites`, {
          code: 'x',
          nameRu: 'x',
          nameEn: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await call(t, null, 'PATCH', `/api/zone/units/${fx.unitIds[0]}`, { areaM2: 1 })).statusCode).toBe(
      401,
    );
    const patched = ok(
      await call(t, admin, 'PATCH', `/api/zone/units/${fx.unitIds[0]}`, { monthlyRatePerM2Kopecks: 61_000 }),
    );
    expect(patched.monthlyRatePerM2Kopecks).toBe(61_000);
    expect(
      (
        await call(t, admin, 'POST', `/api/zone/buildings/${fx.buildingId}/units`, {
          code: '101',
          kind: 'office',
          areaM2: 10,
          monthlyRatePerM2Kopecks: 1,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await call(t, admin, 'POST', `/api/zone/buildings/${fx.buildingId}/units`, {
          code: '999',
          kind: 'garage',
          areaM2: 10,
          monthlyRatePerM2Kopecks: 1,
        })
      ).statusCode,
    ).toBe(400);
  });

  it('uploads photos and plans with type and size limits', async () => {
    const photo = await upload(
      admin,
      `/api/zone/buildings/${fx.buildingId}/media?kind=photo&captionRu=Фасад`,
      'front.png',
      PNG,
    );
    expect(photo.statusCode, photo.body).toBe(201);
    const plan = await upload(admin, `/api/zone/units/${fx.unitIds[0]}/media?kind=plan`, 'plan.pdf', PDF);
    expect(plan.statusCode).toBe(201);
    const fake = await upload(
      admin,
      `/api/zone/units/${fx.unitIds[0]}/media?kind=photo`,
      'x.png',
      Buffer.from('<html>not an image</html>'),
    );
    expect(fake.statusCode).toBe(400);
    const exe = await upload(admin, `/api/zone/units/${fx.unitIds[0]}/media?kind=photo`, 'x.exe', PDF);
    expect(exe.statusCode).toBe(400);
    const big = await upload(
      admin,
      `/api/zone/sites/${fx.siteId}/media?kind=photo`,
      'big.pdf',
      Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1)]),
    );
    expect(big.statusCode).toBe(413);
    const student = await loginAs(t, 'student');
    expect(
      (await upload(student, `/api/zone/sites/${fx.siteId}/media?kind=photo`, 'a.png', PNG)).statusCode,
    ).toBe(403);
    const file = await t.app.inject(`/api/zone/media/${photo.json().id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['content-disposition']).toContain('attachment');
    const building = ok(await call(t, null, 'GET', `/api/zone/buildings/${fx.buildingId}`));
    expect(building.media[0].captionRu).toBe('Фасад');
    expect(building.units[0].media[0].kind).toBe('plan');
  });

  it('keeps effective-dated rule versions without overlap', async () => {
    ok(
      await call(t, admin, 'POST', `/api/zone/zones/${fx.zoneId}/eligibility-rules`, {
        code: 'E7',
        enabled: true,
        mandatory: false,
        params: {},
        effectiveFrom: '2020-01-01',
      }),
      201,
    );
    ok(
      await call(t, admin, 'POST', `/api/zone/zones/${fx.zoneId}/eligibility-rules`, {
        code: 'E7',
        enabled: true,
        mandatory: true,
        params: {},
        effectiveFrom: '2026-01-01',
      }),
      201,
    );
    const before = ok(
      await call(t, null, 'GET', `/api/zone/zones/${fx.zoneId}/eligibility-rules?on=2025-06-01`),
    );
    const after = ok(
      await call(t, null, 'GET', `/api/zone/zones/${fx.zoneId}/eligibility-rules?on=2026-06-01`),
    );
    expect(before.inForce.find((r: { code: string }) => r.code === 'E7').mandatory).toBe(false);
    expect(after.inForce.find((r: { code: string }) => r.code === 'E7').mandatory).toBe(true);
    expect(
      after.versions
        .filter((v: { code: string }) => v.code === 'E7')
        .map((v: { effectiveTo: string | null }) => v.effectiveTo),
    ).toEqual(['2026-01-01', null]);
    await expect(
      t.ctx.database.query(
        `insert into zone_eligibility_rules (zone_id, code, effective_from) values ($1, 'E7', '2025-01-01')`,
        [fx.zoneId],
      ),
    ).rejects.toThrow();
    ok(
      await call(t, admin, 'POST', `/api/zone/zones/${fx.zoneId}/activities`, {
        code: '62.01',
        nameRu: 'ПО',
        nameEn: 'Software',
        isIt: true,
        effectiveFrom: '2005-12-21',
        effectiveTo: '2010-01-01',
      }),
      201,
    );
    const old = ok(await call(t, null, 'GET', `/api/zone/zones/${fx.zoneId}/activities?on=2011-01-01`));
    expect(old.map((a: { code: string }) => a.code)).not.toContain('62.01');
  });
});
