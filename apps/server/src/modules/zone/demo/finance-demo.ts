import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { AppContext } from '../../../app-context.ts';
import type { Db } from '../../../lib/db/types.ts';
import type { Random } from '../../../lib/demo/random.ts';
import type { DemoLogin, DemoStep } from '../../../lib/demo/step.ts';
import { systemAuditContext } from '../../identity/index.ts';
import { insuranceBases } from '../benefits/calculators.ts';
import { closeLedgerYear } from '../benefits/close-year.ts';
import { loadParamSet } from '../benefits/repo.ts';
import { runComplianceEvaluation } from '../compliance/run-evaluation.ts';
import { addMembership } from '../directory-port.ts';
import { annualPeriod, quarterPeriod, type ReportPeriod } from '../reporting/calendar.ts';
import { calendarFor } from '../reporting/calendar-versions.ts';
import { obligationValues } from '../reporting/obligations.ts';
import { zoneLeases, zoneResidentPlans, zoneResidents } from '../zone.tables.ts';
import {
  type LandPlot,
  type PropertyAsset,
  type Vehicle,
  zoneCourtClaims,
  zoneProjectDeliverables,
  zoneRentInvoices,
  zoneReports,
  zoneResidentTaxProfiles,
} from '../zone-finance.tables.ts';

const FIRST_YEAR = 2022;
/** The demo is dated as of 25 November 2026: Q3 2026 was due on 20 October. */
const DEMO_TODAY = '2026-11-25';
const RUB = (n: number) => Math.round(n) * 100;

interface Profile {
  headcount: number;
  growth: number;
  wageRub: number;
  revenuePerHeadRub: number;
  margin: number;
  exportShare: number;
  rndShare: number;
  capexRub: number;
  idle: boolean;
}

function profileOf(random: Random, isIt: boolean): Profile {
  return {
    headcount: isIt ? random.int(10, 120) : random.int(15, 100),
    growth: 1 + random.int(-3, 18) / 100,
    wageRub: isIt ? random.int(60, 180) * 1000 : random.int(55, 110) * 1000,
    revenuePerHeadRub: isIt ? random.int(2_500, 6_000) * 1000 : random.int(3_000, 9_000) * 1000,
    margin: random.int(4, 22) / 100,
    exportShare: random.chance(0.4) ? random.int(5, 40) / 100 : 0,
    rndShare: isIt ? random.int(8, 25) / 100 : random.int(3, 12) / 100,
    capexRub: isIt ? random.int(2, 40) * 1_000_000 : random.int(10, 150) * 1_000_000,
    idle: random.chance(0.04),
  };
}

const periodsOf = (sinceYear: number): ReportPeriod[] => {
  const out: ReportPeriod[] = [];
  for (let y = Math.max(FIRST_YEAR, sinceYear); y <= 2026; y++) {
    for (let q = 1; q <= 4; q++) if (y < 2026 || q <= 3) out.push(quarterPeriod(y, q));
    if (y < 2026) out.push(annualPeriod(y));
  }
  return out;
};

/**
 * Reports 2022–2026 for the demo residents created by the zone step (quarterly and annual, most
 * accepted, a few overdue), tax profiles, closed ledger years 2022–2025, project deliverables, a
 * court claim, rent invoices with arrears, and the compliance cases they raise.
 */
export const zoneFinanceDemoStep: DemoStep = {
  name: 'zone-finance',
  async run(ctx: AppContext, random: Random, logins: DemoLogin[]) {
    const db = ctx.db;
    const residents = await db
      .select()
      .from(zoneResidents)
      .where(ne(zoneResidents.status, 'terminated'))
      .orderBy(asc(zoneResidents.registerNumber), asc(zoneResidents.id));
    if (residents.length === 0) return;
    const params = new Map<string, Awaited<ReturnType<typeof loadParamSet>>>();
    const calendars = new Map<string, Awaited<ReturnType<typeof calendarFor>>>();
    const plans = await db
      .select()
      .from(zoneResidentPlans)
      .where(
        inArray(
          zoneResidentPlans.residentId,
          residents.map((r) => r.id),
        ),
      );
    const planOf = (residentId: string, year: number) =>
      plans.find((x) => x.residentId === residentId && x.year === year);
    const laggards = new Set(residents.filter(() => random.chance(0.06)).map((r) => r.id));
    const overdueQuarter = new Set(residents.filter(() => random.chance(0.08)).map((r) => r.id));
    const overdueAnnual = new Set(
      residents.filter((r) => !overdueQuarter.has(r.id) && random.chance(0.04)).map((r) => r.id),
    );

    for (const [index, r] of residents.entries()) {
      const rr = random.fork(r.id);
      let p = params.get(r.zoneId);
      if (!p) {
        p = await loadParamSet(db, r.zoneId);
        params.set(r.zoneId, p);
      }
      const sinceYear = Number(r.since.slice(0, 4));
      const prof = profileOf(rr, r.isIt);
      await db
        .insert(zoneResidentTaxProfiles)
        .values({
          residentId: r.id,
          firstSezIncomeYear: sinceYear + (rr.chance(0.3) ? 1 : 0),
          separateAccounting: rr.chance(0.9),
        })
        .onConflictDoNothing();
      const assets: PropertyAsset[] = rr.chance(0.35)
        ? [
            {
              name: r.isIt ? 'Серверное и лабораторное оборудование' : 'Производственная линия',
              registeredOn: `${Math.max(sinceYear, 2012)}-0${rr.int(1, 9)}-15`,
              avgValueKopecks: RUB(rr.int(5, 120) * 1_000_000),
              eligible: true,
            },
          ]
        : [];
      const land: LandPlot[] =
        !r.isIt && rr.chance(0.4)
          ? [
              {
                cadastralNumber: `70:21:0100001:${rr.int(100, 999)}`,
                ownedSince: `${Math.max(sinceYear, 2015)}-06-01`,
                cadastralValueKopecks: RUB(rr.int(8, 60) * 1_000_000),
              },
            ]
          : [];
      const vehicles: Vehicle[] = rr.chance(0.2)
        ? [
            {
              name: 'Служебный автомобиль',
              registeredOn: `${Math.max(sinceYear, 2017)}-04-10`,
              annualTaxKopecks: RUB(rr.int(8, 40) * 1000),
            },
          ]
        : [];

      // Capex and R&D follow the agreement's plan (90–140 %), a few laggards at 40–70 %.
      const attainment = () => (laggards.has(r.id) ? rr.int(40, 70) : rr.int(90, 140)) / 100;
      // Headcount follows the plan's jobs too (Tomsk 2017: 114 % of plan); after the plan's last
      // year it keeps the resident's own growth.
      const jobsFactor = (laggards.has(r.id) ? rr.int(60, 85) : rr.int(95, 125)) / 100;
      const ownPlans = plans.filter((x) => x.residentId === r.id).sort((a, b) => a.year - b.year);
      const headcountIn = (year: number) => {
        const plan = planOf(r.id, year) ?? ownPlans.filter((x) => x.year < year).at(-1);
        const base = plan
          ? plan.jobs * jobsFactor * prof.growth ** (year - plan.year)
          : prof.headcount * prof.growth ** (year - FIRST_YEAR);
        return Math.max(5, Math.round(base));
      };
      const yearFactor = new Map<number, number>();
      const rows: Array<typeof zoneReports.$inferInsert> = [];
      for (const period of periodsOf(sinceYear)) {
        if (period.end < r.since) continue;
        const key = `${r.zoneId}|${period.end}`;
        const rule = calendars.get(key) ?? (await calendarFor(db, r.zoneId, period.end));
        calendars.set(key, rule);
        const base = obligationValues(r.id, period, rule);
        const yearsIn = period.year - FIRST_YEAR;
        const headcount = headcountIn(period.year);
        const prevHead = headcountIn(period.year - 1);
        const wage = Math.round((prof.wageRub * 1.09 ** yearsIn) / 100) * 100;
        const yearRevenue = headcount * prof.revenuePerHeadRub * 1.05 ** yearsIn;
        const share =
          period.kind === 'annual' ? 1 : 0.2 + (period.quarter ?? 1) * 0.025 + rr.int(-2, 2) / 100;
        const revenue = yearRevenue * share;
        const plan = planOf(r.id, period.year);
        if (!yearFactor.has(period.year)) yearFactor.set(period.year, attainment());
        const f = yearFactor.get(period.year) as number;
        const qShare = period.kind === 'annual' ? 1 : 0.25;
        const capex =
          plan && plan.capexKopecks > 0
            ? (plan.capexKopecks / 100) * f * qShare
            : (prof.capexRub / 4) * (period.kind === 'annual' ? 4 : 1);
        const rnd =
          plan && plan.rndKopecks > 0 ? (plan.rndKopecks / 100) * f * qShare : revenue * prof.rndShare;
        const figures = {
          headcount,
          newJobs: period.kind === 'annual' ? headcount - prevHead : Math.round((headcount - prevHead) / 4),
          avgMonthlyWageKopecks: RUB(wage),
          revenueKopecks: RUB(revenue),
          tvtRevenueKopecks: prof.idle && period.year >= 2025 ? 0 : RUB(revenue * (r.isIt ? 0.9 : 0.7)),
          investmentKopecks: RUB(capex * 1.15 + rnd * 0.5),
          capexKopecks: RUB(capex),
          rndKopecks: prof.idle && period.year >= 2025 ? 0 : RUB(rnd),
          exportsKopecks: RUB(revenue * prof.exportShare),
          taxesPaidKopecks: RUB(revenue * 0.09),
          benefitsUsedKopecks: RUB(revenue * prof.margin * 0.1),
        };
        const annual =
          period.kind === 'annual'
            ? (() => {
                const cap = p.amount('ins_cap', `${period.year}-01-01`);
                const b = insuranceBases(new Array<number>(headcount).fill(RUB(wage * 12)), cap);
                return {
                  sezProfitBaseKopecks: RUB(revenue * prof.margin),
                  payrollUnderCapKopecks: b.underCap,
                  payrollAboveCapKopecks: b.aboveCap,
                  propertyAssets: assets.filter((a) => a.registeredOn <= period.end),
                  landPlots: land.filter((l) => l.ownedSince <= period.end),
                  vehicles: vehicles.filter((v) => v.registeredOn <= period.end),
                };
              })()
            : {};
        const latest = period.period === '2026-Q3';
        let status: 'due' | 'draft' | 'submitted' | 'accepted' = 'accepted';
        if (latest)
          status = overdueQuarter.has(r.id)
            ? rr.chance(0.5)
              ? 'draft'
              : 'due'
            : rr.chance(0.5)
              ? 'submitted'
              : 'accepted';
        if (period.period === '2025' && overdueAnnual.has(r.id)) status = 'draft';
        const filled = status !== 'due';
        const submittedAt = new Date(`${base.dueOn}T03:00:00Z`);
        submittedAt.setUTCDate(submittedAt.getUTCDate() - rr.int(0, 12));
        rows.push({
          ...base,
          status,
          ...(filled ? { ...figures, ...annual } : {}),
          ...(status === 'draft' ? { capexKopecks: null, benefitsUsedKopecks: null } : {}),
          submittedAt: status === 'submitted' || status === 'accepted' ? submittedAt : null,
          reviewedAt:
            status === 'accepted' ? new Date(submittedAt.getTime() + rr.int(1, 9) * 86_400_000) : null,
          reviewedBy:
            status === 'accepted' ? (logins.find((l) => l.role === 'zone_admin')?.userId ?? null) : null,
        });
      }
      if (rows.length) await db.insert(zoneReports).values(rows).onConflictDoNothing();
      if (index === 0) {
        const founder = logins.find((l) => l.role === 'founder');
        if (founder) await addMembership(db, r.organizationId, founder.userId, 'member');
      }
    }

    await complianceInputs(
      db,
      random,
      residents.map((r) => r.id),
    );
    for (const year of [2022, 2023, 2024, 2025])
      await closeLedgerYear(db, systemAuditContext, { year }, DEMO_TODAY);
    await runComplianceEvaluation(db, systemAuditContext, { today: DEMO_TODAY });
  },
};

async function complianceInputs(db: Db, random: Random, residentIds: string[]) {
  const pick = (n: number) =>
    residentIds.filter(() => random.chance(n / Math.max(1, residentIds.length))).slice(0, n);
  for (const id of pick(2)) {
    await db.insert(zoneProjectDeliverables).values({
      residentId: id,
      kind: 'project_documentation',
      title: 'Проектная документация на лабораторный корпус',
      dueOn: '2026-09-01',
    });
  }
  for (const id of pick(3)) {
    await db.insert(zoneProjectDeliverables).values({
      residentId: id,
      kind: 'engineering_survey',
      title: 'Инженерные изыскания участка',
      dueOn: '2026-03-01',
      deliveredOn: '2026-02-20',
    });
  }
  const claimant = residentIds[Math.min(residentIds.length - 1, 7)];
  if (claimant)
    await db.insert(zoneCourtClaims).values({
      residentId: claimant,
      claimant: 'management_company',
      caseNumber: 'А67-4821/2026',
      filedOn: '2026-08-14',
    });
  // Rent invoices September–November 2026 for the leases of the zone step; a few unpaid.
  const leases = residentIds.length
    ? await db
        .select()
        .from(zoneLeases)
        .where(and(inArray(zoneLeases.residentId, residentIds), eq(zoneLeases.status, 'active')))
        .orderBy(asc(zoneLeases.id))
    : [];
  for (const lease of leases) {
    const late = random.chance(0.07);
    for (const month of ['2026-09-01', '2026-10-01', '2026-11-01']) {
      const dueOn = `${month.slice(0, 8)}10`;
      const paid = !late || month === '2026-11-01' ? !late && dueOn < DEMO_TODAY : false;
      await db
        .insert(zoneRentInvoices)
        .values({
          leaseId: lease.id,
          residentId: lease.residentId,
          periodMonth: month,
          dueOn,
          amountKopecks: lease.monthlyRentKopecks,
          paidKopecks: paid ? lease.monthlyRentKopecks : 0,
          paidOn: paid ? `${month.slice(0, 8)}0${random.int(1, 9)}` : null,
        })
        .onConflictDoNothing();
    }
  }
}
