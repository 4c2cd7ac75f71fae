import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { zoneLeases } from '../zone.tables.ts';
import {
  type Applicant,
  applicantCompany,
  call,
  completeApplication,
  ok,
  setupZone,
  type ZoneFixture,
} from './fixtures.ts';

let t: TestApp;
let admin: SignedIn;
let admin2: SignedIn;
let fx: ZoneFixture;
let resident: { id: string; applicant: Applicant };

async function makeResident(name: string): Promise<{ id: string; applicant: Applicant }> {
  const applicant = await applicantCompany(t, { name });
  const id = await completeApplication(t, fx, applicant, 2);
  const act = (who: SignedIn, action: string, body: object = {}) =>
    call(t, who, 'POST', `/api/zone/applications/${id}/actions/${action}`, body);
  ok(await act(applicant.user, 'submit'));
  ok(await act(admin, 'accept_for_review'));
  ok(await act(admin, 'approve'));
  ok(await act(admin2, 'approve'));
  ok(await act(admin, 'approve'));
  ok(await act(admin2, 'approve'));
  ok(
    await act(admin, 'sign_agreement', { agreementNumber: `A-${name.length}`, agreementDate: '2026-01-10' }),
  );
  const reg = ok(await act(admin, 'register'));
  return { id: reg.application.residentId, applicant };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await loginAs(t, 'zone_admin');
  admin2 = await loginAs(t, 'zone_admin');
  fx = await setupZone(t, admin);
  resident = await makeResident('=HYPERLINK("http://evil")');
});
afterAll(async () => t?.close());

describe('leases', () => {
  it('lets exactly one of 50 parallel lease requests for one unit and period win', async () => {
    const unitId = fx.unitIds[0] as string;
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        call(t, admin, 'POST', '/api/zone/leases', {
          unitId,
          residentId: resident.id,
          startDate: '2027-01-01',
          endDate: '2027-12-31',
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(49);
    for (const r of results.filter((x) => x.statusCode === 409)) {
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json().code).toMatch(/^zone\.lease_overlaps$/);
    }
    const rows = await t.ctx.db.select().from(zoneLeases).where(eq(zoneLeases.unitId, unitId));
    expect(rows).toHaveLength(1);
  });

  it('refuses an overlapping lease directly in the database (exclusion constraint)', async () => {
    const unitId = fx.unitIds[0] as string;
    await expect(
      t.ctx.database.query(
        `insert into zone_leases (unit_id, resident_id, period, monthly_rate_per_m2_kopecks, monthly_rent_kopecks) values ($1, $2, '[2027-06-01,2027-07-01)', 1, 1)`,
        [unitId, resident.id],
      ),
    ).rejects.toThrow();
    // Adjacent periods do not overlap.
    const next = await call(t, admin, 'POST', '/api/zone/leases', {
      unitId,
      residentId: resident.id,
      startDate: '2028-01-01',
      endDate: '2028-06-30',
    });
    expect(next.statusCode).toBe(201);
    expect(next.json()).toMatchObject({
      startDate: '2028-01-01',
      endDate: '2028-06-30',
      monthlyRentKopecks: 40 * 50_000,
    });
  });

  it('lets a resident member lease but not an outsider', async () => {
    const outsider = await loginAs(t, 'founder');
    const body = {
      unitId: fx.unitIds[1],
      residentId: resident.id,
      startDate: '2027-01-01',
      endDate: '2027-03-31',
    };
    expect((await call(t, outsider, 'POST', '/api/zone/leases', body)).statusCode).toBe(403);
    const mine = await call(t, resident.applicant.user, 'POST', '/api/zone/leases', {
      ...body,
      monthlyRatePerM2Kopecks: 1,
    });
    expect(mine.statusCode).toBe(201);
    expect(mine.json().monthlyRatePerM2Kopecks).toBe(50_000);
  });

  it('searches vacancies by dates, kind and area', async () => {
    const all = ok(
      await call(t, null, 'GET', `/api/zone/vacancies?zoneId=${fx.zoneId}&from=2027-02-01&to=2027-02-28`),
    );
    const ids = all.items.map((u: { id: string }) => u.id);
    expect(ids).not.toContain(fx.unitIds[0]);
    expect(ids).not.toContain(fx.unitIds[1]);
    expect(ids).toContain(fx.unitIds[2]);
    const later = ok(
      await call(
        t,
        null,
        'GET',
        `/api/zone/vacancies?zoneId=${fx.zoneId}&kind=lab&minArea=50&from=2029-01-01&to=2029-02-01`,
      ),
    );
    expect(later.items.map((u: { id: string }) => u.id)).toEqual([fx.unitIds[1]]);
    const small = ok(
      await call(
        t,
        null,
        'GET',
        `/api/zone/vacancies?zoneId=${fx.zoneId}&maxArea=50&from=2029-01-01&to=2029-02-01`,
      ),
    );
    expect(small.items.map((u: { id: string }) => u.id)).toEqual([fx.unitIds[0]]);
  });

  it('holds a unit for an application and keeps others from leasing it', async () => {
    const other = await applicantCompany(t);
    const appId = await completeApplication(t, fx, other, 2);
    const hold = await call(t, other.user, 'POST', `/api/zone/applications/${appId}/holds`, {
      unitId: fx.unitIds[2],
      from: '2030-01-01',
      to: '2030-12-31',
    });
    expect(hold.statusCode, hold.body).toBe(201);
    expect(hold.json().active).toBe(true);
    const lease = await call(t, admin, 'POST', '/api/zone/leases', {
      unitId: fx.unitIds[2],
      residentId: resident.id,
      startDate: '2030-06-01',
      endDate: '2030-06-30',
    });
    expect(lease.statusCode).toBe(409);
    expect(lease.json().code).toBe('zone.unit_held');
    const again = await call(t, other.user, 'POST', `/api/zone/applications/${appId}/holds`, {
      unitId: fx.unitIds[0],
      from: '2027-05-01',
      to: '2027-05-31',
    });
    expect(again.statusCode).toBe(409);
    const released = ok(await call(t, other.user, 'DELETE', `/api/zone/holds/${hold.json().id}`));
    expect(released.active).toBe(false);
    expect(
      (
        await call(t, admin, 'POST', '/api/zone/leases', {
          unitId: fx.unitIds[2],
          residentId: resident.id,
          startDate: '2030-06-01',
          endDate: '2030-06-30',
        })
      ).statusCode,
    ).toBe(201);
  });

  it('shows building occupancy and exports a formula-neutralised rent roll', async () => {
    const occ = ok(
      await call(t, admin, 'GET', `/api/zone/buildings/${fx.buildingId}/occupancy?on=2027-02-15`),
    );
    expect(occ.units.find((u: { unitId: string }) => u.unitId === fx.unitIds[0]).state).toBe('leased');
    expect(occ.units.find((u: { unitId: string }) => u.unitId === fx.unitIds[2]).state).toBe('vacant');
    expect(occ.leasedAreaM2).toBe(120.5);
    expect(
      (await call(t, resident.applicant.user, 'GET', `/api/zone/buildings/${fx.buildingId}/occupancy`))
        .statusCode,
    ).toBe(403);

    const res = await t.app.inject({
      url: '/api/zone/rent-roll.xlsx?on=2027-02-15',
      headers: { cookie: admin.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const auditor = await loginAs(t, 'admin');
    const audit = ok(await call(t, auditor, 'GET', '/api/admin/audit?action=zone.rent_roll.export'));
    expect(audit.items.some((e: { actorId: string }) => e.actorId === admin.userId)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.rowCount).toBe(3);
    const names = [ws?.getRow(2).getCell(7).value, ws?.getRow(3).getCell(7).value];
    expect(names).toEqual([`'=HYPERLINK("http://evil")`, `'=HYPERLINK("http://evil")`]);
    for (let r = 1; r <= (ws?.rowCount ?? 0); r++) {
      ws?.getRow(r).eachCell((cell) => {
        expect(cell.formula).toBeUndefined();
      });
    }
  });

  it('ends a lease and cancels one that has not started', async () => {
    const list = ok(await call(t, admin, 'GET', `/api/zone/leases?unitId=${fx.unitIds[0]}`));
    const lease = list.items.find((l: { startDate: string }) => l.startDate === '2028-01-01');
    const ended = ok(
      await call(t, admin, 'POST', `/api/zone/leases/${lease.id}/end`, { endDate: '2028-03-31' }),
    );
    expect(ended.endDate).toBe('2028-03-31');
    const cancelled = ok(
      await call(t, admin, 'POST', `/api/zone/leases/${lease.id}/end`, { endDate: '2027-12-31' }),
    );
    expect(cancelled.status).toBe('terminated');
    const mine = ok(
      await call(t, resident.applicant.user, 'GET', `/api/zone/residents/${resident.id}/leases`),
    );
    expect(mine.total).toBeGreaterThanOrEqual(3);
  });

  it('blocks leases and amendments while the resident has overdue reports (part B gate)', async () => {
    const r2 = await makeResident('ООО «Должник»');
    const appId = (
      await t.ctx.database.query<{ id: string }>(
        'select application_id as id from zone_residents where id = $1',
        [r2.id],
      )
    )[0]?.id as string;
    ok(await call(t, admin, 'POST', `/api/zone/applications/${appId}/actions/activate`, {}));
    await t.ctx.database.query(
      `insert into zone_reports (resident_id, kind, period, year, quarter, period_start, period_end, due_on, status) values ($1, 'quarterly', '2025-Q1', 2025, 1, '2025-01-01', '2025-03-31', '2025-04-20', 'due')`,
      [r2.id],
    );
    const lease = await call(t, admin, 'POST', '/api/zone/leases', {
      unitId: fx.unitIds[2],
      residentId: r2.id,
      startDate: '2031-01-01',
      endDate: '2031-12-31',
    });
    expect(lease.statusCode).toBe(422);
    expect(lease.json().code).toBe('zone.reports_overdue');
    const amend = await call(
      t,
      r2.applicant.user,
      'POST',
      `/api/zone/applications/${appId}/actions/request_amendment`,
      {},
    );
    expect(amend.statusCode).toBe(422);
    const [state] = await t.ctx.database.query<{ state: string }>(
      'select state from zone_applications where id = $1',
      [appId],
    );
    expect(state?.state).toBe('active');
    await t.ctx.database.query(
      `update zone_reports set status = 'submitted', submitted_at = now() where resident_id = $1`,
      [r2.id],
    );
    expect(
      (
        await call(t, admin, 'POST', '/api/zone/leases', {
          unitId: fx.unitIds[2],
          residentId: r2.id,
          startDate: '2031-01-01',
          endDate: '2031-12-31',
        })
      ).statusCode,
    ).toBe(201);
  });
});
