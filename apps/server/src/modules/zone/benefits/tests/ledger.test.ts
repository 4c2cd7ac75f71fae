import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type SignedIn, type TestApp } from '../../../../testing/test-app.ts';
import { annualPeriod } from '../../reporting/calendar.ts';
import {
  auditRows,
  call,
  createFinanceTestApp,
  makeResident,
  makeZone,
  ok,
  QUARTER_FORM,
  RUB,
} from '../../reporting/tests/helpers.ts';
import { zoneReports } from '../../zone-finance.tables.ts';

let t: TestApp;
let admin: SignedIn;
let admin2: SignedIn;
let analyst: SignedIn;
let member: SignedIn;
let zoneId: string;
let resident: { residentId: string; organizationId: string };

/** An accepted annual report inserted directly (the filing flow is tested in reporting/). */
async function annualReport(residentId: string, year: number, values: Record<string, unknown>) {
  const p = annualPeriod(year);
  await t.ctx.db.insert(zoneReports).values({
    residentId,
    kind: 'annual',
    period: p.period,
    year,
    periodStart: p.start,
    periodEnd: p.end,
    dueOn: `${year + 1}-04-30`,
    status: 'accepted',
    ...QUARTER_FORM,
    ...values,
  });
}

const ASSETS = {
  propertyAssets: [
    {
      name: 'Лабораторный корпус',
      registeredOn: '2021-05-01',
      avgValueKopecks: RUB(50_000_000),
      eligible: true,
    },
  ],
  landPlots: [
    {
      cadastralNumber: '70:21:0100001:123',
      ownedSince: '2021-07-15',
      cadastralValueKopecks: RUB(12_000_000),
    },
  ],
  vehicles: [{ name: 'Lada Largus', registeredOn: '2017-09-20', annualTaxKopecks: RUB(24_000) }],
};

beforeAll(async () => {
  t = await createFinanceTestApp();
  admin = await loginAs(t, 'zone_admin');
  admin2 = await loginAs(t, 'zone_admin');
  analyst = await loginAs(t, 'analyst');
  member = await loginAs(t, 'founder');
  zoneId = await makeZone(t);
  resident = await makeResident(t, zoneId, {
    since: '2021-03-01',
    member,
    plans: [
      { year: 2023, capexKopecks: RUB(6_000_000), rndKopecks: RUB(2_000_000), jobs: 40, revenueKopecks: 0 },
    ],
  });
  ok(
    await call(t, admin, 'PUT', `/api/zone/residents/${resident.residentId}/tax-profile`, {
      firstSezIncomeYear: 2021,
      separateAccounting: true,
    }),
  );
  await annualReport(resident.residentId, 2023, {
    sezProfitBaseKopecks: RUB(10_000_000),
    payrollUnderCapKopecks: RUB(40_000_000),
    payrollAboveCapKopecks: 0,
    capexKopecks: RUB(5_000_000),
    rndKopecks: RUB(2_000_000),
    ...ASSETS,
  });
  await annualReport(resident.residentId, 2026, {
    sezProfitBaseKopecks: RUB(20_000_000),
    payrollUnderCapKopecks: RUB(40_000_000),
    payrollAboveCapKopecks: 0,
    capexKopecks: RUB(1_000_000),
    rndKopecks: RUB(500_000),
    ...ASSETS,
  });
});
afterAll(async () => t?.close());

const line = (entry: { lines: Array<{ tax: string; applied: number; saving: number }> }, tax: string) =>
  entry.lines.find((l) => l.tax === tax);

describe('benefit ledger with the seeded default rates', () => {
  it('2023 (k = 3): every tax line against hand-computed values', async () => {
    const e = ok(await call(t, member, 'GET', `/api/zone/residents/${resident.residentId}/ledger?year=2023`));
    expect(e.taxPeriodIndex).toBe(3);
    // profit: 10 m × ((3 + 17) − (2 + 5)) % = 1 300 000 RUB
    expect(line(e, 'profit')?.applied).toBe(RUB(1_300_000));
    // property: 50 m × 2.2 % = 1 100 000 RUB (registered 2021, 10 years)
    expect(line(e, 'property')?.applied).toBe(RUB(1_100_000));
    // land: 12 m × 1.5 % = 180 000 RUB (owned 2021-07-15, 5 years)
    expect(line(e, 'land')?.applied).toBe(RUB(180_000));
    // transport: registered 2017-09-20, 10 years → whole 2023 → 24 000 RUB
    expect(line(e, 'transport')?.applied).toBe(RUB(24_000));
    // insurance: 2023 standard 30 % = resident 30 % → 0
    expect(line(e, 'insurance')?.applied).toBe(0);
    expect(e.totals).toEqual({ potential: RUB(2_604_000), applied: RUB(2_604_000) });
    expect(e.commitments).toMatchObject({
      plannedCapexKopecks: RUB(6_000_000),
      plannedRndKopecks: RUB(2_000_000),
      actualCapexKopecks: RUB(5_000_000),
      actualRndKopecks: RUB(2_000_000),
    });
    expect(e.proportionality.status).toBe('not_applicable');
    expect(e.rates.some((r: { confidence: string }) => r.confidence === 'unconfirmed')).toBe(true);
  });

  it('2026 (k = 6): benefits 2 629 000 > capex + R&D 1 500 000 without grace → breach; 2027 suspended', async () => {
    const e = ok(await call(t, admin, 'GET', `/api/zone/residents/${resident.residentId}/ledger?year=2026`));
    // profit: 20 m × ((8 + 17) − (8 + 10)) % = 1 400 000; property 1 100 000; land: exempt until 2026-07-15 → 7/12 × 180 000 = 105 000;
    // transport 24 000; insurance 0 → 2 629 000 RUB
    expect(line(e, 'profit')?.applied).toBe(RUB(1_400_000));
    expect(line(e, 'land')?.applied).toBe(RUB(105_000));
    expect(e.totals.applied).toBe(RUB(2_629_000));
    expect(e.proportionality).toMatchObject({
      status: 'breach',
      mode: 'period',
      inGrace: false,
      graceUntil: null,
      suspendNextPeriod: true,
    });
    const next = ok(
      await call(t, analyst, 'GET', `/api/zone/residents/${resident.residentId}/ledger?year=2027`),
    );
    expect(next.proportionality.status).toBe('suspended');
    expect(next.totals.applied).toBe(0);
  });

  it('a resident admitted from 2026-04-01 is in grace for 3 years', async () => {
    const fresh = await makeResident(t, zoneId, { since: '2026-05-10' });
    await annualReport(fresh.residentId, 2026, {
      sezProfitBaseKopecks: RUB(5_000_000),
      payrollUnderCapKopecks: 0,
      payrollAboveCapKopecks: 0,
      capexKopecks: 0,
      rndKopecks: 0,
    });
    const e = ok(await call(t, admin, 'GET', `/api/zone/residents/${fresh.residentId}/ledger?year=2026`));
    expect(e.proportionality).toMatchObject({ status: 'in_grace', graceUntil: '2029-05-10' });
    expect(
      (await call(t, admin, 'GET', `/api/zone/residents/${fresh.residentId}/ledger?year=2025`)).statusCode,
    ).toBe(404);
  });

  it('audits every read', async () => {
    ok(await call(t, member, 'GET', `/api/zone/residents/${resident.residentId}/ledger?year=2023`));
    const rows = await auditRows(t, 'zone.ledger.read', { actorId: member.userId });
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows[0]?.objectId).toBe(resident.residentId);
  });

  it('summary and XLSX for administrators and analysts, with formula cells neutralised', async () => {
    await makeResident(t, zoneId, { since: '2022-01-01', name: '=HYPERLINK("http://evil","x")' });
    expect((await call(t, member, 'GET', '/api/zone/ledger?year=2023')).statusCode).toBe(403);
    const sum = ok(await call(t, analyst, 'GET', `/api/zone/ledger?year=2023&zoneId=${zoneId}`));
    expect(sum.items).toHaveLength(2);
    expect(sum.totals.appliedKopecks).toBe(RUB(2_604_000));
    expect((await call(t, member, 'GET', '/api/zone/ledger.xlsx?year=2023')).statusCode).toBe(403);
    const res = await call(t, admin, 'GET', `/api/zone/ledger.xlsx?year=2023&zoneId=${zoneId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const names = wb.worksheets[0]?.getColumn(1).values.filter((v) => typeof v === 'string') as string[];
    expect(names).toContain('\'=HYPERLINK("http://evil","x")');
    expect(names.some((v) => v.startsWith('='))).toBe(false);
  });

  it('closing a year freezes it, idempotently', async () => {
    const first = ok(await call(t, admin, 'POST', '/api/zone/ledger/close', { year: 2023, zoneId }));
    expect(first.closed).toBe(2);
    expect(ok(await call(t, admin, 'POST', '/api/zone/ledger/close', { year: 2023, zoneId }))).toEqual({
      closed: 0,
      alreadyClosed: 2,
    });
    const e = ok(await call(t, member, 'GET', `/api/zone/residents/${resident.residentId}/ledger?year=2023`));
    expect(e.provisional).toBe(false);
    expect(e.totals.applied).toBe(RUB(2_604_000));
    expect((await call(t, analyst, 'POST', '/api/zone/ledger/close', { year: 2023 })).statusCode).toBe(403);
  });
});

describe('effective-dated parameters: four-eyes changes', () => {
  it('a proposal takes effect only when a second zone administrator approves it', async () => {
    const proposal = ok(
      await call(t, admin, 'POST', '/api/zone/finance-params', {
        zoneId,
        code: 'profit_reg_res',
        tierFrom: 1,
        tierTo: 5,
        ratePercent: '3',
        effectiveFrom: '2027-01-01',
        source: 'Закон Томской области (тест)',
        confidence: 'stated',
      }),
      201,
    );
    expect(proposal.status).toBe('proposed');
    const self = await call(t, admin, 'POST', `/api/zone/finance-params/${proposal.id}/decision`, {
      decision: 'approve',
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('zone.four_eyes');
    expect(
      (
        await call(t, analyst, 'POST', `/api/zone/finance-params/${proposal.id}/decision`, {
          decision: 'approve',
        })
      ).statusCode,
    ).toBe(403);
    const approved = ok(
      await call(t, admin2, 'POST', `/api/zone/finance-params/${proposal.id}/decision`, {
        decision: 'approve',
      }),
    );
    expect(approved).toMatchObject({ status: 'approved', approvedBy: admin2.userId });
    expect(
      (
        await call(t, admin2, 'POST', `/api/zone/finance-params/${proposal.id}/decision`, {
          decision: 'approve',
        })
      ).statusCode,
    ).toBe(409);
    const inForce = ok(
      await call(
        t,
        analyst,
        'GET',
        `/api/zone/finance-params?code=profit_reg_res&on=2027-06-01&zoneId=${zoneId}&status=approved`,
      ),
    );
    expect(
      inForce.items
        .map(
          (r: { ratePercent: string; zoneId: string | null; tierFrom: number }) =>
            `${r.zoneId ? 'zone' : 'default'}:${r.tierFrom}:${Number(r.ratePercent)}`,
        )
        .sort(),
    ).toEqual(['default:11:13.5', 'default:1:5', 'default:6:10', 'zone:1:3']);
  });

  it('a new default version ends the one in force at its start', async () => {
    const p = ok(
      await call(t, admin2, 'POST', '/api/zone/finance-params', {
        code: 'property_rate',
        ratePercent: '2',
        effectiveFrom: '2027-01-01',
        source: 'test',
        confidence: 'unconfirmed',
      }),
      201,
    );
    ok(await call(t, admin, 'POST', `/api/zone/finance-params/${p.id}/decision`, { decision: 'approve' }));
    const all = ok(
      await call(t, admin, 'GET', '/api/zone/finance-params?code=property_rate&status=approved'),
    );
    expect(
      all.items.map((r: { effectiveFrom: string; effectiveTo: string | null; ratePercent: string }) => [
        r.effectiveFrom,
        r.effectiveTo,
        Number(r.ratePercent),
      ]),
    ).toEqual([
      ['2006-01-01', '2027-01-01', 2.2],
      ['2027-01-01', null, 2],
    ]);
  });

  it('refuses a value of the wrong kind and unknown fields', async () => {
    const bad = await call(t, admin, 'POST', '/api/zone/finance-params', {
      code: 'ins_cap',
      ratePercent: '5',
      effectiveFrom: '2027-01-01',
      source: 'x',
      confidence: 'stated',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.amountKopecks', 'body.ratePercent']);
    expect(
      (
        await call(t, admin, 'POST', '/api/zone/finance-params', {
          code: 'land_rate',
          ratePercent: '1',
          effectiveFrom: '2027-01-01',
          source: 'x',
          confidence: 'stated',
          status: 'approved',
        })
      ).statusCode,
    ).toBe(400);
    const annotated = await call(t, admin, 'GET', '/api/zone/finance-params?code=land_rate');
    const id = annotated.json().items[0].id;
    expect(
      ok(
        await call(t, admin, 'PATCH', `/api/zone/finance-params/${id}`, {
          confidence: 'stated',
          note: 'Проверено по НК РФ',
        }),
      ).confidence,
    ).toBe('stated');
  });
});
