import { and, asc, count, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { parseRange, todayInTomsk } from '../common.ts';
import { organizationFactsMany, organizationIdsMatching } from '../directory-port.ts';
import { effectivePermittedActivities } from '../eligibility/service.ts';
import {
  type ResidentStatus,
  zoneBuildings,
  zoneLeases,
  zoneResidentPlans,
  zoneResidents,
  zoneSites,
  zoneUnits,
} from '../zone.tables.ts';

export interface ResidentQuery {
  q?: string;
  zoneId?: string;
  siteId?: string;
  status?: ResidentStatus;
  it?: boolean;
  foreign?: boolean;
  page: number;
  pageSize: number;
}

type ResidentRow = typeof zoneResidents.$inferSelect;

async function views(db: Db, rows: ResidentRow[]) {
  const orgs = await organizationFactsMany(db, [...new Set(rows.map((r) => r.organizationId))]);
  const siteIds = [...new Set(rows.map((r) => r.siteId).filter((s): s is string => !!s))];
  const sites = siteIds.length ? await db.select().from(zoneSites).where(inArray(zoneSites.id, siteIds)) : [];
  const zoneIds = [...new Set(rows.map((r) => r.zoneId))];
  const today = todayInTomsk();
  const activityNames = new Map<string, { nameRu: string; nameEn: string }>();
  for (const z of zoneIds)
    for (const a of await effectivePermittedActivities(db, z, today)) activityNames.set(`${z}:${a.code}`, a);
  return rows.map((r) => {
    const org = orgs.get(r.organizationId);
    const site = sites.find((s) => s.id === r.siteId);
    return {
      id: r.id,
      zoneId: r.zoneId,
      organizationId: r.organizationId,
      name: org?.name ?? '',
      nameEn: org?.nameEn ?? null,
      inn: org?.inn ?? null,
      siteId: r.siteId,
      siteNameRu: site?.nameRu ?? null,
      siteNameEn: site?.nameEn ?? null,
      activities: r.activities.map((code) => ({
        code,
        nameRu: activityNames.get(`${r.zoneId}:${code}`)?.nameRu ?? code,
        nameEn: activityNames.get(`${r.zoneId}:${code}`)?.nameEn ?? code,
      })),
      since: r.since,
      status: r.status,
      registerNumber: r.registerNumber,
      certificateNumber: r.certificateNumber,
      isIt: r.isIt,
      foreignCapital: r.foreignCapitalPercent > 0,
      verifiedAt: r.verifiedAt,
    };
  });
}

/** The public register of residents. */
export async function listResidents(db: Db, q: ResidentQuery) {
  const conditions: SQL[] = [];
  if (q.q) {
    const ids = await organizationIdsMatching(db, q.q);
    const byNumber = sql`(${zoneResidents.registerNumber} ilike ${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`})`;
    conditions.push(
      ids.length ? (sql`(${inArray(zoneResidents.organizationId, ids)} or ${byNumber})` as SQL) : byNumber,
    );
  }
  if (q.zoneId) conditions.push(eq(zoneResidents.zoneId, q.zoneId));
  if (q.siteId) conditions.push(eq(zoneResidents.siteId, q.siteId));
  if (q.status) conditions.push(eq(zoneResidents.status, q.status));
  if (q.it !== undefined) conditions.push(eq(zoneResidents.isIt, q.it));
  if (q.foreign === true) conditions.push(sql`${zoneResidents.foreignCapitalPercent} > 0`);
  if (q.foreign === false) conditions.push(eq(zoneResidents.foreignCapitalPercent, 0));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await db
    .select()
    .from(zoneResidents)
    .where(where)
    .orderBy(asc(zoneResidents.registerNumber), asc(zoneResidents.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(zoneResidents).where(where);
  return { items: await views(db, rows), total: total?.n ?? 0 };
}

export async function getResidentRow(db: Db, id: string): Promise<ResidentRow> {
  const [row] = await db.select().from(zoneResidents).where(eq(zoneResidents.id, id));
  if (!row) throw notFound('resident', 'zone.resident_not_found');
  return row;
}

/** One resident's public page: register entry, agreement, plan by year, premises leased now. */
export async function residentDetail(db: Db, id: string) {
  const row = await getResidentRow(db, id);
  const [view] = await views(db, [row]);
  const plans = await db
    .select()
    .from(zoneResidentPlans)
    .where(eq(zoneResidentPlans.residentId, id))
    .orderBy(asc(zoneResidentPlans.year));
  const today = todayInTomsk();
  const premises = await db
    .select({
      unitId: zoneUnits.id,
      code: zoneUnits.code,
      kind: zoneUnits.kind,
      areaM2: zoneUnits.areaM2,
      buildingNameRu: zoneBuildings.nameRu,
      buildingNameEn: zoneBuildings.nameEn,
      period: zoneLeases.period,
    })
    .from(zoneLeases)
    .innerJoin(zoneUnits, eq(zoneUnits.id, zoneLeases.unitId))
    .innerJoin(zoneBuildings, eq(zoneBuildings.id, zoneUnits.buildingId))
    .where(
      and(
        eq(zoneLeases.residentId, id),
        eq(zoneLeases.status, 'active'),
        sql`${zoneLeases.period} @> ${today}::date`,
      ),
    );
  return {
    ...(view as NonNullable<typeof view>),
    agreementNumber: row.agreementNumber,
    agreementDate: row.agreementDate,
    terminatedOn: row.terminatedOn,
    terminatedReason: row.terminatedReason,
    plans: plans.map(({ year, capexKopecks, rndKopecks, jobs, revenueKopecks }) => ({
      year,
      capexKopecks,
      rndKopecks,
      jobs,
      revenueKopecks,
    })),
    premises: premises.map(({ period, ...p }) => ({ ...p, ...parseRange(period) })),
  };
}

export async function verifyResident(db: Db, audit: AuditContext, id: string) {
  const [row] = await db
    .update(zoneResidents)
    .set({ verifiedAt: new Date(), updatedAt: new Date() })
    .where(eq(zoneResidents.id, id))
    .returning();
  if (!row) throw notFound('resident', 'zone.resident_not_found');
  await recordAudit(db, audit, {
    action: 'zone.resident_verified',
    objectType: 'zone_resident',
    objectId: id,
  });
  return row;
}

export interface FactRow {
  residentId: string;
  year: number;
  /** 'quarterly' when the year has no annual report yet: the sums then cover only the quarters filed. */
  source: 'annual' | 'quarterly';
  quarters: number;
  capexKopecks: number;
  rndKopecks: number;
  jobs: number;
  revenueKopecks: number;
}

/** Where the reported facts come from (part B's reporting); null when not available. */
export type FactsSource = ((db: Db) => Promise<FactRow[]>) | null;

interface YearSums {
  capex: number;
  rnd: number;
  jobs: number;
  revenue: number;
}
const emptySums = (): YearSums => ({ capex: 0, rnd: 0, jobs: 0, revenue: 0 });
const moneyOf = (s: YearSums) => ({
  capexKopecks: s.capex,
  rndKopecks: s.rnd,
  jobs: s.jobs,
  revenueKopecks: s.revenue,
});

/**
 * Public statistics of the zone: residents by status and year, IT and foreign shares, plan vs fact.
 *
 * Plan vs fact compares like with like (DOMAIN §6.5 plan_attainment): a year's fact sums only the
 * residents whose business plan has that year, so a resident whose plan ended long ago does not
 * inflate the fact against a plan it no longer has. Jobs of every resident are reported apart.
 */
export async function zoneStats(db: Db, zoneId: string | undefined, facts: FactsSource) {
  const zoneWhere = zoneId ? eq(zoneResidents.zoneId, zoneId) : undefined;
  const byStatus = await db
    .select({ status: zoneResidents.status, n: count() })
    .from(zoneResidents)
    .where(zoneWhere)
    .groupBy(zoneResidents.status);
  const byYear = await db
    .select({ year: sql<number>`extract(year from ${zoneResidents.since})::int`, n: count() })
    .from(zoneResidents)
    .where(zoneWhere)
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  const current = and(zoneWhere, ne(zoneResidents.status, 'terminated'));
  const [shares] = await db
    .select({
      n: count(),
      it: sql<number>`count(*) filter (where ${zoneResidents.isIt})::int`,
      foreign: sql<number>`count(*) filter (where ${zoneResidents.foreignCapitalPercent} > 0)::int`,
    })
    .from(zoneResidents)
    .where(current);
  const planRows = await db
    .select({
      residentId: zoneResidentPlans.residentId,
      year: zoneResidentPlans.year,
      capex: zoneResidentPlans.capexKopecks,
      rnd: zoneResidentPlans.rndKopecks,
      jobs: zoneResidentPlans.jobs,
      revenue: zoneResidentPlans.revenueKopecks,
    })
    .from(zoneResidentPlans)
    .innerJoin(zoneResidents, eq(zoneResidents.id, zoneResidentPlans.residentId))
    .where(zoneWhere);
  const planByYear = new Map<number, YearSums & { residents: number }>();
  const planned = new Set<string>();
  for (const p of planRows) {
    planned.add(`${p.residentId}|${p.year}`);
    const y = planByYear.get(p.year) ?? { ...emptySums(), residents: 0 };
    y.capex += p.capex;
    y.rnd += p.rnd;
    y.jobs += p.jobs;
    y.revenue += p.revenue;
    y.residents += 1;
    planByYear.set(p.year, y);
  }

  type FactSums = YearSums & { residents: number; partial: boolean };
  let factByYear: Map<number, FactSums> | null = null;
  let jobsAllByYear: Map<number, number> | null = null;
  if (facts) {
    const residentIds = new Set(
      (await db.select({ id: zoneResidents.id }).from(zoneResidents).where(zoneWhere)).map((r) => r.id),
    );
    factByYear = new Map();
    jobsAllByYear = new Map();
    for (const f of await facts(db)) {
      if (!residentIds.has(f.residentId)) continue;
      jobsAllByYear.set(f.year, (jobsAllByYear.get(f.year) ?? 0) + f.jobs);
      if (!planned.has(`${f.residentId}|${f.year}`)) continue;
      const y = factByYear.get(f.year) ?? { ...emptySums(), residents: 0, partial: false };
      y.capex += f.capexKopecks;
      y.rnd += f.rndKopecks;
      y.jobs += f.jobs;
      y.revenue += f.revenueKopecks;
      y.residents += 1;
      if (f.source === 'quarterly' && f.quarters < 4) y.partial = true;
      factByYear.set(f.year, y);
    }
  }
  const years = [...new Set([...planByYear.keys(), ...(factByYear ? factByYear.keys() : [])])].sort(
    (a, b) => a - b,
  );
  const total = shares?.n ?? 0;
  const thisYear = Number(todayInTomsk().slice(0, 4));
  return {
    residents: { total: byStatus.reduce((s, r) => s + r.n, 0), current: total },
    byStatus: byStatus
      .map((r) => ({ status: r.status, count: r.n }))
      .sort((a, b) => a.status.localeCompare(b.status)),
    byYearOfAdmission: byYear.map((r) => ({ year: r.year, count: r.n })),
    itShare: total ? Math.round(((shares?.it ?? 0) / total) * 10_000) / 10_000 : 0,
    foreignCapitalShare: total ? Math.round(((shares?.foreign ?? 0) / total) * 10_000) / 10_000 : 0,
    jobs: {
      year: thisYear,
      plan: planByYear.get(thisYear)?.jobs ?? 0,
      fact: factByYear ? (factByYear.get(thisYear)?.jobs ?? null) : null,
      allResidents: jobsAllByYear ? (jobsAllByYear.get(thisYear) ?? null) : null,
    },
    factsAvailable: factByYear !== null,
    planVsFact: years.map((year) => {
      const p = planByYear.get(year);
      const f = factByYear?.get(year);
      return {
        year,
        residentsWithPlan: p?.residents ?? 0,
        residentsReporting: f?.residents ?? 0,
        partial: f?.partial ?? false,
        plan: moneyOf(p ?? emptySums()),
        fact: f ? moneyOf(f) : null,
        jobsAllResidents: jobsAllByYear?.get(year) ?? null,
      };
    }),
  };
}
