import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../lib/errors.ts';
import { mailOutbox } from '../../../../lib/mail/outbox.tables.ts';
import { loginAs, type SignedIn, type TestApp } from '../../../../testing/test-app.ts';
import { zoneReportReminders, zoneReports } from '../../zone-finance.tables.ts';
import {
  assertNoOverdueReports,
  factsByResidentYear,
  generateObligations,
  hasOverdueReports,
  sendReportReminders,
} from '../index.ts';
import {
  auditRows,
  call,
  createFinanceTestApp,
  makeResident,
  makeZone,
  ok,
  QUARTER_FORM,
  RUB,
} from './helpers.ts';

let t: TestApp;
let admin: SignedIn;
let analyst: SignedIn;
let member: SignedIn;
let stranger: SignedIn;
let zoneId: string;
let resident: { residentId: string; organizationId: string };
let other: { residentId: string; organizationId: string };

beforeAll(async () => {
  t = await createFinanceTestApp();
  admin = await loginAs(t, 'zone_admin');
  analyst = await loginAs(t, 'analyst');
  member = await loginAs(t, 'founder');
  stranger = await loginAs(t, 'founder');
  zoneId = await makeZone(t);
  resident = await makeResident(t, zoneId, {
    since: '2021-03-01',
    member,
    plans: [
      {
        year: 2024,
        capexKopecks: RUB(10_000_000),
        rndKopecks: RUB(5_000_000),
        jobs: 40,
        revenueKopecks: RUB(100_000_000),
      },
      {
        year: 2025,
        capexKopecks: RUB(12_000_000),
        rndKopecks: RUB(6_000_000),
        jobs: 45,
        revenueKopecks: RUB(120_000_000),
      },
      // A year of the plan no report covers yet.
      {
        year: 2027,
        capexKopecks: RUB(14_000_000),
        rndKopecks: RUB(7_000_000),
        jobs: 50,
        revenueKopecks: RUB(140_000_000),
      },
    ],
  });
  other = await makeResident(t, zoneId, { since: '2022-01-10', member: stranger });
  // not obliged: terminated, and one admitted after the quarter
  await makeResident(t, zoneId, { since: '2020-01-01', status: 'terminated' });
  await makeResident(t, zoneId, { since: '2025-05-15' });
});
afterAll(async () => t?.close());

const reportOf = async (residentId: string, period: string) => {
  const [row] = await t.ctx.db
    .select()
    .from(zoneReports)
    .where(and(eq(zoneReports.residentId, residentId), eq(zoneReports.period, period)));
  return row;
};

describe('obligations', () => {
  it('generates one obligation per live resident and period, idempotently, with the calendar due date', async () => {
    const first = ok(
      await call(t, admin, 'POST', '/api/zone/reports/obligations', { period: '2025-Q1', zoneId }),
    );
    expect(first).toEqual({ period: '2025-Q1', created: 2, existing: 0 });
    const again = ok(
      await call(t, admin, 'POST', '/api/zone/reports/obligations', { period: '2025-Q1', zoneId }),
    );
    expect(again).toEqual({ period: '2025-Q1', created: 0, existing: 2 });
    const [{ n } = { n: 0 }] = await t.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(zoneReports)
      .where(eq(zoneReports.period, '2025-Q1'));
    expect(n).toBe(2);
    expect((await reportOf(resident.residentId, '2025-Q1'))?.dueOn).toBe('2025-04-20');
    // annual 2024 → 30 April 2025; Q4 2024 → 20 January 2025
    await generateObligations(t.ctx.db, { period: '2024', zoneId });
    await generateObligations(t.ctx.db, { period: '2024-Q4', zoneId });
    expect((await reportOf(resident.residentId, '2024'))?.dueOn).toBe('2025-04-30');
    expect((await reportOf(resident.residentId, '2024-Q4'))?.dueOn).toBe('2025-01-20');
  });

  it('refuses a malformed period and non-administrators', async () => {
    expect(
      (await call(t, admin, 'POST', '/api/zone/reports/obligations', { period: '2025-Q7' })).statusCode,
    ).toBe(400);
    expect(
      (await call(t, analyst, 'POST', '/api/zone/reports/obligations', { period: '2025-Q1' })).statusCode,
    ).toBe(403);
    expect(
      (await call(t, member, 'POST', '/api/zone/reports/obligations', { period: '2025-Q1' })).statusCode,
    ).toBe(403);
  });
});

describe('reminders', () => {
  it('mails the members once per stage, before and after the due date, and never for a filed report', async () => {
    const count = async () =>
      (
        await t.ctx.db
          .select({ n: sql<number>`count(*)::int` })
          .from(mailOutbox)
          .where(eq(mailOutbox.template, 'zone.report_reminder'))
      )[0]?.n ?? 0;
    const base = await count();
    // 13 April 2025, 12:00 in Tomsk
    const r1 = await sendReportReminders(t.ctx.db, t.ctx.mailer, new Date('2025-04-13T05:00:00Z'));
    // per resident: Q1 2025 at before_7, and Q4 2024 (due 20 January) at its latest stage after_14; the annual report (due 30 April) has no stage yet
    expect(r1.reminders).toBe(4);
    expect(await count()).toBeGreaterThan(base);
    const after1 = await count();
    const r2 = await sendReportReminders(t.ctx.db, t.ctx.mailer, new Date('2025-04-13T09:00:00Z'));
    expect(r2).toEqual({ reminders: 0, mails: 0 });
    expect(await count()).toBe(after1);
    const stages = await t.ctx.db
      .select({ stage: zoneReportReminders.stage })
      .from(zoneReportReminders)
      .innerJoin(zoneReports, eq(zoneReports.id, zoneReportReminders.reportId))
      .where(eq(zoneReports.residentId, resident.residentId));
    expect(stages.map((s) => s.stage).sort()).toEqual(['after_14', 'before_7']);
  });
});

describe('filing, review and overdue gating', () => {
  it('blocks while a report is overdue and releases once it is filed', async () => {
    const id = resident.residentId;
    // Q4 2024 was due 20 January 2025 and is still open
    expect(await hasOverdueReports(t.ctx.db, id, '2025-01-20')).toBe(false); // the due day itself is not overdue
    expect(await hasOverdueReports(t.ctx.db, id, '2025-01-21')).toBe(true);
    const err = await assertNoOverdueReports(t.ctx.db, id, '2025-01-21').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('zone.reports_overdue');
    expect((err as AppError).status).toBe(422);

    const q4 = await reportOf(id, '2024-Q4');
    ok(await call(t, member, 'PUT', `/api/zone/reports/${q4?.id}`, QUARTER_FORM));
    ok(await call(t, member, 'POST', `/api/zone/reports/${q4?.id}/submit`));
    expect(await hasOverdueReports(t.ctx.db, id, '2025-01-21')).toBe(false);
    await expect(assertNoOverdueReports(t.ctx.db, id, '2025-01-21')).resolves.toBeUndefined();
    // Q1 2025 (due 20 April) becomes overdue on 21 April
    expect(await hasOverdueReports(t.ctx.db, id, '2025-04-21')).toBe(true);
  });

  it('lets only members file; validates completeness; admins accept or return with a comment', async () => {
    const q1 = await reportOf(resident.residentId, '2025-Q1');
    const url = `/api/zone/reports/${q1?.id}`;
    expect((await call(t, stranger, 'PUT', url, { headcount: 1 })).statusCode).toBe(403);
    expect((await call(t, admin, 'PUT', url, { headcount: 1 })).statusCode).toBe(403);
    expect((await call(t, member, 'PUT', url, { headcount: 1, role: 'admin' })).statusCode).toBe(400);
    expect((await call(t, member, 'PUT', url, { sezProfitBaseKopecks: 5 })).statusCode).toBe(400); // annual-only field
    const draft = ok(await call(t, member, 'PUT', url, { headcount: 40, revenueKopecks: RUB(25_000_000) }));
    expect(draft.status).toBe('draft');
    expect(
      (await call(t, member, 'PUT', url, { headcount: 41, version: draft.version - 1 })).statusCode,
    ).toBe(409);
    const incomplete = await call(t, member, 'POST', `${url}/submit`);
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().errors.map((e: { field: string }) => e.field)).toContain('body.capexKopecks');
    ok(await call(t, member, 'PUT', url, QUARTER_FORM));
    expect(ok(await call(t, member, 'POST', `${url}/submit`)).status).toBe('submitted');
    expect((await call(t, member, 'PUT', url, { headcount: 1 })).statusCode).toBe(409);

    expect((await call(t, analyst, 'POST', `${url}/review`, { decision: 'accept' })).statusCode).toBe(403);
    expect((await call(t, member, 'POST', `${url}/review`, { decision: 'accept' })).statusCode).toBe(403);
    expect((await call(t, admin, 'POST', `${url}/review`, { decision: 'return' })).statusCode).toBe(400);
    const returned = ok(
      await call(t, admin, 'POST', `${url}/review`, { decision: 'return', comment: 'Уточните экспорт' }),
    );
    expect(returned.status).toBe('returned');
    const [mail] = await t.ctx.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.template, 'zone.report_returned'), eq(mailOutbox.toAddress, member.email)));
    expect(mail?.textBody).toContain('Уточните экспорт');
    ok(await call(t, member, 'PUT', url, { exportsKopecks: RUB(4_100_000) }));
    ok(await call(t, member, 'POST', `${url}/submit`));
    expect(ok(await call(t, admin, 'POST', `${url}/review`, { decision: 'accept' })).status).toBe('accepted');
    expect((await call(t, admin, 'POST', `${url}/review`, { decision: 'accept' })).statusCode).toBe(409);
  });

  it('annual reports need the tax bases', async () => {
    const annual = await reportOf(resident.residentId, '2024');
    const url = `/api/zone/reports/${annual?.id}`;
    ok(
      await call(t, member, 'PUT', url, {
        ...QUARTER_FORM,
        capexKopecks: RUB(9_500_000),
        rndKopecks: RUB(5_200_000),
        headcount: 44,
      }),
    );
    const res = await call(t, member, 'POST', `${url}/submit`);
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.payrollAboveCapKopecks', 'body.payrollUnderCapKopecks', 'body.sezProfitBaseKopecks']);
    ok(
      await call(t, member, 'PUT', url, {
        sezProfitBaseKopecks: RUB(10_000_000),
        payrollUnderCapKopecks: RUB(40_000_000),
        payrollAboveCapKopecks: 0,
      }),
    );
    expect(ok(await call(t, member, 'POST', `${url}/submit`)).status).toBe('submitted');
    // 1 May 2025: everything of this resident is filed → no new stage for it; the other resident gets Q1 after_7 and the annual after_1
    const r = await sendReportReminders(t.ctx.db, t.ctx.mailer, new Date('2025-05-01T05:00:00Z'));
    expect(r.reminders).toBe(2);
    const mine = await t.ctx.db
      .select({ stage: zoneReportReminders.stage })
      .from(zoneReportReminders)
      .innerJoin(zoneReports, eq(zoneReports.id, zoneReportReminders.reportId))
      .where(eq(zoneReports.residentId, resident.residentId));
    expect(mine).toHaveLength(2);
  });

  it('derives facts per year (annual report first) and plan vs fact', async () => {
    const facts = (await factsByResidentYear(t.ctx.db)).filter((f) => f.residentId === resident.residentId);
    // 2024: annual report (submitted) wins over Q4; 2025: Q1 only
    expect(facts.map((f) => [f.year, f.source, f.capexKopecks, f.jobs])).toEqual([
      [2024, 'annual', RUB(9_500_000), 44],
      [2025, 'quarterly', RUB(2_000_000), 42],
    ]);
    const pvf = ok(await call(t, member, 'GET', `/api/zone/residents/${resident.residentId}/plan-vs-fact`));
    const y2024 = pvf.years.find((y: { year: number }) => y.year === 2024);
    // capex 9.5 m of 10 m planned = 0.95; jobs 44 of 40 = 1.1
    expect(y2024.attainment).toMatchObject({ capex: 0.95, jobs: 1.1 });
    const y2025 = pvf.years.find((y: { year: number }) => y.year === 2025);
    // cumulative capex (9.5 + 2) of (10 + 12) = 11.5 / 22 = 0.5227
    expect(y2025.cumulative.capex).toBe(0.5227);
    expect(y2024.hasPlan).toBe(true);
    // A planned year with no report has no attainment (unknown), not 0 %.
    const y2027 = pvf.years.find((y: { year: number }) => y.year === 2027);
    expect(y2027).toMatchObject({ hasPlan: true, actual: null });
    expect(y2027.attainment).toEqual({ capex: null, rnd: null, jobs: null, revenue: null });
  });
});

describe('access to a resident’s records', () => {
  const urls = () => [
    `/api/zone/residents/${resident.residentId}/reports`,
    `/api/zone/residents/${resident.residentId}/plan-vs-fact`,
    `/api/zone/residents/${resident.residentId}/ledger?year=2024`,
  ];

  it('members, zone administrators and analysts read; others are refused; anonymous 401', async () => {
    const investor = await loginAs(t, 'investor');
    for (const url of urls()) {
      expect((await call(t, null, 'GET', url)).statusCode, url).toBe(401);
      for (const who of [admin, analyst, member])
        expect((await call(t, who, 'GET', url)).statusCode, url).toBe(200);
      for (const who of [stranger, investor]) {
        const res = await call(t, who, 'GET', url);
        expect(res.statusCode, url).toBe(403);
        expect(Object.keys(res.json())).not.toContain('items');
      }
    }
    const q1 = await reportOf(resident.residentId, '2025-Q1');
    expect((await call(t, member, 'GET', `/api/zone/reports/${q1?.id}`)).statusCode).toBe(200);
    expect((await call(t, stranger, 'GET', `/api/zone/reports/${q1?.id}`)).statusCode).toBe(403);
    expect(
      (await call(t, member, 'GET', `/api/zone/residents/00000000-0000-4000-8000-000000000000/reports`))
        .statusCode,
    ).toBe(404);
  });

  it('writes an audit row for every read', async () => {
    const before = (await auditRows(t, 'zone.reports.read', { actorId: member.userId })).length;
    ok(await call(t, member, 'GET', `/api/zone/residents/${resident.residentId}/reports`));
    const after = await auditRows(t, 'zone.reports.read', { actorId: member.userId });
    expect(after.length - before).toBe(1);
    expect(after[after.length - 1]?.objectId).toBe(resident.residentId);
  });

  it('lists reports for administrators and analysts only, with the overdue filter', async () => {
    expect((await call(t, member, 'GET', '/api/zone/reports')).statusCode).toBe(403);
    const list = ok(await call(t, analyst, 'GET', `/api/zone/reports?zoneId=${zoneId}&overdue=true`));
    // the other resident filed nothing: Q4 2024, 2024 and Q1 2025 are all past due today
    expect(list.items.every((r: { overdue: boolean }) => r.overdue)).toBe(true);
    expect(list.items.map((r: { residentId: string }) => r.residentId)).toContain(other.residentId);
  });
});

describe('zone statistics compare plan and fact like with like', () => {
  it("counts a year's fact only for residents whose plan has that year; every resident's headcount apart", async () => {
    // The other resident has no business plan; its 2024 annual report adds 7 employees.
    const annual = await reportOf(other.residentId, '2024');
    const url = `/api/zone/reports/${annual?.id}`;
    ok(
      await call(t, stranger, 'PUT', url, {
        ...QUARTER_FORM,
        headcount: 7,
        sezProfitBaseKopecks: RUB(1_000_000),
        payrollUnderCapKopecks: RUB(5_000_000),
        payrollAboveCapKopecks: 0,
      }),
    );
    expect(ok(await call(t, stranger, 'POST', `${url}/submit`)).status).toBe('submitted');
    const stats = ok(await call(t, null, 'GET', `/api/zone/stats?zoneId=${zoneId}`));
    const y2024 = stats.planVsFact.find((y: { year: number }) => y.year === 2024);
    // plan 40 jobs (the planned resident), fact 44 of that same resident, 51 at all residents
    expect(y2024).toMatchObject({
      residentsWithPlan: 1,
      residentsReporting: 1,
      partial: false,
      plan: { jobs: 40, capexKopecks: RUB(10_000_000) },
      fact: { jobs: 44, capexKopecks: RUB(9_500_000) },
      jobsAllResidents: 51,
    });
    // 2025 has only the first quarter filed: partial
    expect(stats.planVsFact.find((y: { year: number }) => y.year === 2025)).toMatchObject({ partial: true });
  });
});
