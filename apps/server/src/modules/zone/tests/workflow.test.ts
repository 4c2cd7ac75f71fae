import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../../lib/mail/outbox.tables.ts';
import { createTestApp, loginAs, type SignedIn, type TestApp } from '../../../testing/test-app.ts';
import { zoneApplicationEvents, zoneApplications, zoneResidentPlans, zoneResidents } from '../zone.tables.ts';
import {
  applicantCompany,
  call,
  completeApplication,
  FULL_DRAFT,
  ok,
  setupZone,
  type ZoneFixture,
} from './fixtures.ts';

let t: TestApp;
let admin1: SignedIn;
let admin2: SignedIn;
let fx: ZoneFixture;

beforeAll(async () => {
  t = await createTestApp();
  admin1 = await loginAs(t, 'zone_admin');
  admin2 = await loginAs(t, 'zone_admin');
  fx = await setupZone(t, admin1);
});
afterAll(async () => t?.close());

const act = (who: SignedIn, id: string, action: string, body: object = {}) =>
  call(t, who, 'POST', `/api/zone/applications/${id}/actions/${action}`, body);

describe('residency application', () => {
  it('autosaves a draft idempotently', async () => {
    const a = await applicantCompany(t);
    const app = ok(
      await call(t, a.user, 'POST', '/api/zone/applications', {
        zoneId: fx.zoneId,
        organizationId: a.organizationId,
      }),
      201,
    );
    const first = ok(
      await call(
        t,
        a.user,
        'PATCH',
        `/api/zone/applications/${app.id}/draft`,
        FULL_DRAFT(fx.unitIds[0] as string),
      ),
    );
    const second = ok(
      await call(
        t,
        a.user,
        'PATCH',
        `/api/zone/applications/${app.id}/draft`,
        FULL_DRAFT(fx.unitIds[0] as string),
      ),
    );
    expect(second.version).toBe(first.version);
    expect(second.utilities).toEqual({ powerKw: 50, waterM3PerDay: 2, gasM3PerHour: 0 });
    const third = ok(
      await call(t, a.user, 'PATCH', `/api/zone/applications/${app.id}/draft`, {
        activityDescription: 'Другое описание',
      }),
    );
    expect(third.version).toBe(first.version + 1);
  });

  it('refuses an application for an organization the caller does not belong to', async () => {
    const a = await applicantCompany(t);
    const stranger = await loginAs(t, 'founder');
    const res = await call(t, stranger, 'POST', '/api/zone/applications', {
      zoneId: fx.zoneId,
      organizationId: a.organizationId,
    });
    expect(res.statusCode).toBe(403);
  });

  it('blocks submission on a failed mandatory rule, then submits after the fix', async () => {
    const a = await applicantCompany(t);
    const app = ok(
      await call(t, a.user, 'POST', '/api/zone/applications', {
        zoneId: fx.zoneId,
        organizationId: a.organizationId,
      }),
      201,
    );
    const { proportionalityAcknowledged: _, ...draft } = FULL_DRAFT(fx.unitIds[0] as string);
    ok(
      await call(t, a.user, 'PATCH', `/api/zone/applications/${app.id}/draft`, {
        ...draft,
        declaredActivities: ['62.01', '99.99'],
      }),
    );
    const refused = await act(a.user, app.id, 'submit');
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const body = refused.json();
    expect(body.code).toBe('zone.eligibility_failed');
    const failed = body.eligibility
      .filter((r: { passed: boolean }) => !r.passed)
      .map((r: { code: string }) => r.code);
    expect(failed).toEqual(['E3', 'E4', 'E6']);
    expect(body.eligibility).toHaveLength(7);
    expect(body.errors.map((e: { field: string }) => e.field)).toContain('eligibility.E3');
    const still = ok(await call(t, a.user, 'GET', `/api/zone/applications/${app.id}`));
    expect(still.state).toBe('draft');

    const fixedId = await completeApplication(t, fx, a);
    const submitted = ok(await act(a.user, fixedId, 'submit'));
    expect(submitted.application.state).toBe('submitted');
    expect(submitted.eligibility.every((r: { passed: boolean }) => r.passed)).toBe(true);
  });

  it('goes through board and council with four eyes, signs, registers and activates', async () => {
    const a = await applicantCompany(t, { foreignCapitalPercent: 25 });
    const id = await completeApplication(t, fx, a, 1);
    ok(await act(a.user, id, 'submit'));
    ok(await act(admin1, id, 'accept_for_review'));

    const first = ok(await act(admin1, id, 'approve', { comment: 'За' }));
    expect(first.decided).toBe(false);
    expect(first.application.state).toBe('supervisory_board_review');
    const twice = await act(admin1, id, 'approve');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('zone.already_approved');
    // The page offers the first approver no second "approve"; the other administrator gets it.
    const seenByFirst = ok(await call(t, admin1, 'GET', `/api/zone/applications/${id}`));
    const [read] = await t.ctx.database.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'zone.application.read' and object_id = $1 and actor_id = $2",
      [id, admin1.userId],
    );
    expect(read?.n).toBe(1);
    expect(seenByFirst.approvalsInStage).toEqual([admin1.userId]);
    expect(seenByFirst.allowedActions).not.toContain('approve');
    expect(seenByFirst.allowedActions).toContain('reject');
    expect(ok(await call(t, admin2, 'GET', `/api/zone/applications/${id}`)).allowedActions).toContain(
      'approve',
    );
    const second = ok(await act(admin2, id, 'approve'));
    expect(second.decided).toBe(true);
    expect(second.application.state).toBe('expert_council_review');

    // A revision round starts the four-eyes count over.
    ok(await act(admin1, id, 'request_revision', { comment: 'Уточните план' }));
    ok(await act(a.user, id, 'submit'));
    // A revision starts the stage over: the earlier approvals no longer count.
    expect(ok(await call(t, admin1, 'GET', `/api/zone/applications/${id}`)).approvalsInStage).toEqual([]);
    const again = ok(await act(admin1, id, 'approve'));
    expect(again.decided).toBe(false);
    ok(await act(admin2, id, 'approve'));
    expect(ok(await act(admin1, id, 'approve')).decided).toBe(false);
    const approved = ok(await act(admin2, id, 'approve'));
    expect(approved.application.state).toBe('approved');

    const noAgreement = await act(admin1, id, 'sign_agreement');
    expect(noAgreement.statusCode).toBe(422);
    ok(
      await act(admin1, id, 'sign_agreement', { agreementNumber: 'С-77/2026', agreementDate: '2026-02-10' }),
    );
    const registered = ok(await act(admin1, id, 'register', { since: '2026-02-12' }));
    expect(registered.application.state).toBe('registered');
    const residentId = registered.application.residentId;
    const [resident] = await t.ctx.db.select().from(zoneResidents).where(eq(zoneResidents.id, residentId));
    expect(resident).toMatchObject({
      status: 'registered',
      since: '2026-02-12',
      agreementNumber: 'С-77/2026',
      foreignCapitalPercent: 25,
      isIt: true,
      siteId: fx.siteId,
    });
    const plans = await t.ctx.db
      .select()
      .from(zoneResidentPlans)
      .where(eq(zoneResidentPlans.residentId, residentId));
    expect(plans.map((p) => p.year)).toEqual([2026, 2027]);

    ok(await act(admin1, id, 'activate'));
    // Work starts: the resident sees its first report, the quarter under way, with its due date.
    const reports = ok(await call(t, a.user, 'GET', `/api/zone/residents/${residentId}/reports`));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tomsk' }).format(new Date());
    const quarter = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
    expect(reports.items.map((r: { period: string }) => r.period)).toEqual([quarter]);
    expect(reports.overdue).toBe(false);
    const pub = ok(await call(t, null, 'GET', `/api/zone/residents/${residentId}`));
    expect(pub.status).toBe('active');
    expect(pub.foreignCapital).toBe(true);
    expect(pub.plans).toHaveLength(2);

    ok(await act(a.user, id, 'request_amendment', { comment: 'Больше площади' }));
    expect(
      (await t.ctx.db.select().from(zoneResidents).where(eq(zoneResidents.id, residentId)))[0]?.status,
    ).toBe('amendment_pending');
    ok(await act(admin1, id, 'decline_amendment'));
    const terminated = ok(await act(admin1, id, 'terminate', { reason: 'by_agreement' }));
    expect(terminated.application.state).toBe('terminated');
    const [after] = await t.ctx.db.select().from(zoneResidents).where(eq(zoneResidents.id, residentId));
    expect(after).toMatchObject({ status: 'terminated', terminatedReason: 'by_agreement' });

    const history = await t.ctx.db
      .select()
      .from(zoneApplicationEvents)
      .where(eq(zoneApplicationEvents.applicationId, id));
    expect(history.length).toBeGreaterThanOrEqual(15);
    const mails = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, a.user.email));
    expect(mails.length).toBeGreaterThanOrEqual(10);
    expect(mails.every((m) => m.template === 'zone.application_transition')).toBe(true);
    const audits = await t.ctx.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where object_id = $1 and action like 'zone.application_%'`,
      [id],
    );
    expect(audits[0]?.n).toBeGreaterThanOrEqual(15);
  });

  it('decides exactly once when approve and reject arrive together', async () => {
    const admin3 = await loginAs(t, 'zone_admin');
    for (let i = 0; i < 10; i++) {
      const a = await applicantCompany(t);
      const app = ok(
        await call(t, a.user, 'POST', '/api/zone/applications', {
          zoneId: fx.zoneId,
          organizationId: a.organizationId,
        }),
        201,
      );
      await t.ctx.db
        .update(zoneApplications)
        .set({ state: 'expert_council_review' })
        .where(eq(zoneApplications.id, app.id));
      ok(await act(admin1, app.id, 'approve'));
      const [approve, reject] = await Promise.all([
        act(admin2, app.id, 'approve'),
        act(admin3, app.id, 'reject'),
      ]);
      const winners = [approve, reject].filter((r) => r.statusCode === 200 && r.json().decided);
      expect(winners).toHaveLength(1);
      const loser = [approve, reject].find((r) => r !== winners[0]);
      expect(loser?.statusCode).toBe(409);
      const [row] = await t.ctx.db.select().from(zoneApplications).where(eq(zoneApplications.id, app.id));
      expect(row?.state).toBe(winners[0]?.json().application.state);
      expect(['approved', 'rejected']).toContain(row?.state);
    }
  });

  it('shows overdue applications in the reviewer queue', async () => {
    ok(
      await call(t, admin1, 'POST', `/api/zone/zones/${fx.zoneId}/sla-rules`, {
        state: 'submitted',
        workingDays: 5,
        effectiveFrom: '2020-01-01',
      }),
      201,
    );
    const a = await applicantCompany(t);
    const id = await completeApplication(t, fx, a, 2);
    const submitted = ok(await act(a.user, id, 'submit'));
    expect(submitted.application.stateDueOn).not.toBeNull();
    expect(submitted.application.overdue).toBe(false);
    await t.ctx.db
      .update(zoneApplications)
      .set({ stateDueOn: '2020-01-10' })
      .where(eq(zoneApplications.id, id));
    const queue = ok(await call(t, admin1, 'GET', `/api/zone/review-queue?overdue=true&zoneId=${fx.zoneId}`));
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(queue.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    const notOverdue = ok(
      await call(t, admin1, 'GET', `/api/zone/review-queue?overdue=false&zoneId=${fx.zoneId}`),
    );
    expect(notOverdue.items.map((i: { id: string }) => i.id)).not.toContain(id);
    // The default queue holds what waits for an administrator; state=all adds the rest.
    const awaiting = ok(
      await call(t, admin1, 'GET', `/api/zone/review-queue?zoneId=${fx.zoneId}&pageSize=100`),
    );
    expect(awaiting.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(
      awaiting.items.every(
        (i: { state: string }) =>
          !['active', 'revision_requested', 'rejected', 'terminated'].includes(i.state),
      ),
    ).toBe(true);
    ok(await act(admin1, id, 'request_revision', { comment: 'Уточните план по годам' }));
    const afterRevision = ok(
      await call(t, admin1, 'GET', `/api/zone/review-queue?zoneId=${fx.zoneId}&pageSize=100`),
    );
    expect(afterRevision.items.map((i: { id: string }) => i.id)).not.toContain(id);
    const all = ok(
      await call(t, admin1, 'GET', `/api/zone/review-queue?zoneId=${fx.zoneId}&state=all&pageSize=100`),
    );
    expect(all.items.map((i: { id: string }) => i.id)).toContain(id);
    const applicantDenied = await call(t, a.user, 'GET', '/api/zone/review-queue');
    expect(applicantDenied.statusCode).toBe(403);
    const mine = ok(await call(t, a.user, 'GET', '/api/zone/applications/mine'));
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([id]);
  });
});

describe('mass assignment', () => {
  it('rejects extra fields and changes nothing', async () => {
    const a = await applicantCompany(t);
    const app = ok(
      await call(t, a.user, 'POST', '/api/zone/applications', {
        zoneId: fx.zoneId,
        organizationId: a.organizationId,
      }),
      201,
    );
    const before = await t.ctx.db.select().from(zoneApplications).where(eq(zoneApplications.id, app.id));
    for (const [method, url, body, extra] of [
      [
        'PATCH',
        `/api/zone/applications/${app.id}/draft`,
        { activityDescription: 'x', state: 'approved' },
        'state',
      ],
      ['PATCH', `/api/zone/applications/${app.id}/draft`, { residentId: app.id }, 'residentId'],
      [
        'PATCH',
        `/api/zone/applications/${app.id}/draft`,
        { utilities: { powerKw: 1, approvedBy: 'me' } },
        'approvedBy',
      ],
      [
        'POST',
        `/api/zone/applications/${app.id}/actions/submit`,
        { approvedBy: admin1.userId },
        'approvedBy',
      ],
      ['POST', `/api/zone/applications/${app.id}/actions/submit`, { status: 'approved' }, 'status'],
      [
        'POST',
        '/api/zone/applications',
        { zoneId: fx.zoneId, organizationId: a.organizationId, state: 'approved' },
        'state',
      ],
      [
        'POST',
        '/api/zone/leases',
        {
          unitId: fx.unitIds[0],
          residentId: app.id,
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          status: 'active',
        },
        'status',
      ],
    ] as const) {
      const res = await call(t, a.user, method, url, body);
      expect(res.json().errors[0].field, res.body).toMatch(new RegExp(`^body\\.(\\w+\\.)?${extra}$`));
      expect(res.statusCode, `${method} ${url}`).toBe(400);
    }
    const after = await t.ctx.db.select().from(zoneApplications).where(eq(zoneApplications.id, app.id));
    expect(after).toEqual(before);
    const [count] = await t.ctx.database.query<{ n: number }>(
      'select count(*)::int as n from zone_applications where organization_id = $1',
      [a.organizationId],
    );
    expect(count?.n).toBe(1);
    const unitPatch = await call(t, admin1, 'PATCH', `/api/zone/units/${fx.unitIds[0]}`, {
      buildingId: fx.buildingId,
    });
    expect(unitPatch.statusCode).toBe(400);
  });
});

describe('register and stats', () => {
  it('lists residents publicly with filters and computes stats', async () => {
    const res = ok(await call(t, null, 'GET', '/api/zone/residents?pageSize=100'));
    expect(res.total).toBeGreaterThanOrEqual(1);
    const foreign = ok(await call(t, null, 'GET', '/api/zone/residents?foreign=true'));
    expect(foreign.items.every((r: { foreignCapital: boolean }) => r.foreignCapital)).toBe(true);
    const notIt = ok(await call(t, null, 'GET', '/api/zone/residents?it=false'));
    expect(notIt.items.every((r: { isIt: boolean }) => !r.isIt)).toBe(true);
    const byName = ok(
      await call(t, null, 'GET', `/api/zone/residents?q=${encodeURIComponent(res.items[0].name)}`),
    );
    expect(byName.items.map((r: { id: string }) => r.id)).toContain(res.items[0].id);
    const stats = ok(await call(t, null, 'GET', `/api/zone/stats?zoneId=${fx.zoneId}`));
    expect(stats.residents.total).toBe(res.total);
    expect(stats.byYearOfAdmission).toEqual([{ year: 2026, count: 1 }]);
    expect(stats.planVsFact.map((p: { year: number }) => p.year)).toEqual([2026, 2027]);
    expect(stats.planVsFact[0].plan.capexKopecks).toBe(1_000_000_00);
    const [n] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(zoneResidents);
    expect(n?.n).toBe(res.total);
  });
});
