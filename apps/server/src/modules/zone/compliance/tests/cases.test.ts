import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type SignedIn, type TestApp } from '../../../../testing/test-app.ts';
import { generateObligations } from '../../reporting/obligations.ts';
import {
  auditRows,
  call,
  createFinanceTestApp,
  makeResident,
  makeZone,
  ok,
  QUARTER_FORM,
} from '../../reporting/tests/helpers.ts';
import { zoneReports } from '../../zone-finance.tables.ts';
import { hasPendingTerminationClaim } from '../index.ts';

let t: TestApp;
let admin: SignedIn;
let analyst: SignedIn;
let member: SignedIn;
let zoneId: string;
let resident: { residentId: string; organizationId: string };

beforeAll(async () => {
  t = await createFinanceTestApp();
  admin = await loginAs(t, 'zone_admin');
  analyst = await loginAs(t, 'analyst');
  member = await loginAs(t, 'founder');
  zoneId = await makeZone(t);
  resident = await makeResident(t, zoneId, { since: '2024-01-15', member });
  await generateObligations(t.ctx.db, { period: '2025-Q1', zoneId }); // due 2025-04-20
});
afterAll(async () => t?.close());

describe('compliance case queue', () => {
  it('opens cases for T5 (report missing after due + 10 days) and T7 (pending court claim), once', async () => {
    // 30 April: 20 April + 10 = 30 April, not yet past → nothing
    expect(
      ok(await call(t, admin, 'POST', '/api/zone/compliance/evaluate', { zoneId, today: '2025-04-30' })),
    ).toMatchObject({ opened: 0 });
    ok(
      await call(t, admin, 'POST', `/api/zone/residents/${resident.residentId}/court-claims`, {
        claimant: 'management_company',
        caseNumber: 'А67-123/2025',
        filedOn: '2025-03-01',
      }),
      201,
    );
    expect(await hasPendingTerminationClaim(t.ctx.db, resident.residentId)).toBe(true);
    const first = ok(
      await call(t, admin, 'POST', '/api/zone/compliance/evaluate', { zoneId, today: '2025-05-01' }),
    );
    expect(first).toMatchObject({ residents: 1, raised: 2, opened: 2 });
    const again = ok(
      await call(t, admin, 'POST', '/api/zone/compliance/evaluate', { zoneId, today: '2025-05-02' }),
    );
    expect(again).toMatchObject({ raised: 2, opened: 0 });
    const list = ok(
      await call(t, admin, 'GET', `/api/zone/compliance/cases?residentId=${resident.residentId}`),
    );
    expect(list.items.map((c: { flag: string }) => c.flag).sort()).toEqual(['T5', 'T7']);
    expect(list.items.find((c: { flag: string }) => c.flag === 'T5')).toMatchObject({
      subjectKey: '2025-Q1',
      severity: 'escalation',
      status: 'open',
    });
    expect(list.total).toBe(2);
  });

  it('changes status with a comment along allowed transitions, audited; only zone administrators', async () => {
    const list = ok(await call(t, admin, 'GET', '/api/zone/compliance/cases?flag=T5'));
    const id = list.items[0].id;
    expect((await call(t, analyst, 'GET', '/api/zone/compliance/cases')).statusCode).toBe(403);
    expect(
      (
        await call(t, member, 'POST', `/api/zone/compliance/cases/${id}/status`, {
          status: 'acknowledged',
          comment: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await call(t, admin, 'POST', `/api/zone/compliance/cases/${id}/status`, { status: 'acknowledged' }))
        .statusCode,
    ).toBe(400);
    const ack = ok(
      await call(t, admin, 'POST', `/api/zone/compliance/cases/${id}/status`, {
        status: 'acknowledged',
        comment: 'Позвонили резиденту',
      }),
    );
    expect(ack.status).toBe('acknowledged');
    expect(ack.events.map((e: { action: string }) => e.action)).toEqual(['opened', 'status']);
    ok(
      await call(t, admin, 'PUT', `/api/zone/compliance/cases/${id}/assignee`, { assigneeId: admin.userId }),
    );
    const [row] = await auditRows(t, 'zone.compliance_case.status', { objectId: id });
    expect(row?.details).toMatchObject({ from: 'open', to: 'acknowledged', comment: 'Позвонили резиденту' });
    ok(
      await call(t, admin, 'POST', `/api/zone/compliance/cases/${id}/status`, {
        status: 'resolved',
        comment: 'Отчёт сдан',
      }),
    );
    expect(
      (
        await call(t, admin, 'POST', `/api/zone/compliance/cases/${id}/status`, {
          status: 'acknowledged',
          comment: 'нельзя',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('marks the condition cleared when the report is filed and the claim closed; a resolved case stays closed', async () => {
    const [q1] = await t.ctx.db
      .select()
      .from(zoneReports)
      .where(eq(zoneReports.residentId, resident.residentId));
    ok(await call(t, member, 'PUT', `/api/zone/reports/${q1?.id}`, QUARTER_FORM));
    ok(await call(t, member, 'POST', `/api/zone/reports/${q1?.id}/submit`));
    const claims = ok(
      await call(t, admin, 'GET', `/api/zone/residents/${resident.residentId}/compliance-inputs`),
    );
    ok(
      await call(t, admin, 'POST', `/api/zone/court-claims/${claims.courtClaims[0].id}/close`, {
        closedOn: '2025-06-01',
        outcome: 'Иск отозван',
      }),
    );
    expect(await hasPendingTerminationClaim(t.ctx.db, resident.residentId)).toBe(false);
    const out = ok(
      await call(t, admin, 'POST', '/api/zone/compliance/evaluate', { zoneId, today: '2025-06-02' }),
    );
    // T5 was resolved by hand already; only the open T7 case gets marked cleared
    expect(out).toMatchObject({ raised: 0, opened: 0, cleared: 1 });
    const t7 = ok(await call(t, admin, 'GET', '/api/zone/compliance/cases?flag=T7')).items[0];
    expect(t7.conditionClearedAt).not.toBeNull();
    expect(t7.status).toBe('open');
  });
});
