import type { ResidentStatus } from '@inohub/contracts/zone/register';
import { and, asc, count, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import {
  zoneBuildings,
  zoneLeases,
  zoneResidentPlans,
  zoneResidents,
  zoneSites,
  zoneUnits,
} from '../zone.tables.ts';

// Queries of the register of residents and of its statistics.

export type ResidentRow = typeof zoneResidents.$inferSelect;

export interface ResidentFilter {
  /** Text searched in the register number; `organizationIds` are the organizations it matched by name or INN. */
  text?: { q: string; organizationIds: string[] };
  zoneId?: string;
  siteId?: string;
  status?: ResidentStatus;
  it?: boolean;
  foreign?: boolean;
}

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

/** A page of the register in register-number order, and how many match. */
export async function residentsPage(db: Db, f: ResidentFilter, page: { limit: number; offset: number }) {
  const conditions: SQL[] = [];
  if (f.text) {
    const byNumber = sql`(${zoneResidents.registerNumber} ilike ${`%${escapeLike(f.text.q)}%`})`;
    conditions.push(
      f.text.organizationIds.length
        ? (sql`(${inArray(zoneResidents.organizationId, f.text.organizationIds)} or ${byNumber})` as SQL)
        : byNumber,
    );
  }
  if (f.zoneId) conditions.push(eq(zoneResidents.zoneId, f.zoneId));
  if (f.siteId) conditions.push(eq(zoneResidents.siteId, f.siteId));
  if (f.status) conditions.push(eq(zoneResidents.status, f.status));
  if (f.it !== undefined) conditions.push(eq(zoneResidents.isIt, f.it));
  if (f.foreign === true) conditions.push(sql`${zoneResidents.foreignCapitalPercent} > 0`);
  if (f.foreign === false) conditions.push(eq(zoneResidents.foreignCapitalPercent, 0));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await db
    .select()
    .from(zoneResidents)
    .where(where)
    .orderBy(asc(zoneResidents.registerNumber), asc(zoneResidents.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(zoneResidents).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findResident(db: Db, id: string): Promise<ResidentRow> {
  const [row] = await db.select().from(zoneResidents).where(eq(zoneResidents.id, id));
  if (!row) throw notFound('resident', 'zone.resident_not_found');
  return row;
}

export const sitesByIds = async (db: Db, ids: string[]) =>
  ids.length ? db.select().from(zoneSites).where(inArray(zoneSites.id, ids)) : [];

export const plansOf = (db: Db, residentId: string) =>
  db
    .select()
    .from(zoneResidentPlans)
    .where(eq(zoneResidentPlans.residentId, residentId))
    .orderBy(asc(zoneResidentPlans.year));

/** Units the resident leases on `day`, with their building. */
export const premisesOn = (db: Db, residentId: string, day: string) =>
  db
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
        eq(zoneLeases.residentId, residentId),
        eq(zoneLeases.status, 'active'),
        sql`${zoneLeases.period} @> ${day}::date`,
      ),
    );

export async function markVerified(db: Db, id: string): Promise<ResidentRow> {
  const [row] = await db
    .update(zoneResidents)
    .set({ verifiedAt: new Date(), updatedAt: new Date() })
    .where(eq(zoneResidents.id, id))
    .returning();
  if (!row) throw notFound('resident', 'zone.resident_not_found');
  return row;
}

// ── statistics (one zone, or all when `zoneId` is undefined)

const inZone = (zoneId: string | undefined) => (zoneId ? eq(zoneResidents.zoneId, zoneId) : undefined);

export const countsByStatus = (db: Db, zoneId: string | undefined) =>
  db
    .select({ status: zoneResidents.status, n: count() })
    .from(zoneResidents)
    .where(inZone(zoneId))
    .groupBy(zoneResidents.status);

export const countsByYearOfAdmission = (db: Db, zoneId: string | undefined) =>
  db
    .select({ year: sql<number>`extract(year from ${zoneResidents.since})::int`, n: count() })
    .from(zoneResidents)
    .where(inZone(zoneId))
    .groupBy(sql`1`)
    .orderBy(sql`1`);

/** Current (not terminated) residents: how many, how many IT, how many with foreign capital. */
export async function currentShares(db: Db, zoneId: string | undefined) {
  const [row] = await db
    .select({
      n: count(),
      it: sql<number>`count(*) filter (where ${zoneResidents.isIt})::int`,
      foreign: sql<number>`count(*) filter (where ${zoneResidents.foreignCapitalPercent} > 0)::int`,
    })
    .from(zoneResidents)
    .where(and(inZone(zoneId), ne(zoneResidents.status, 'terminated')));
  return { n: row?.n ?? 0, it: row?.it ?? 0, foreign: row?.foreign ?? 0 };
}

/** Every business-plan year of the residents. */
export const planYears = (db: Db, zoneId: string | undefined) =>
  db
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
    .where(inZone(zoneId));

export async function residentIds(db: Db, zoneId: string | undefined): Promise<Set<string>> {
  const rows = await db.select({ id: zoneResidents.id }).from(zoneResidents).where(inZone(zoneId));
  return new Set(rows.map((r) => r.id));
}

/**
 * Organizations that are or were residents of a zone (registered, active, amending, terminated), with
 * the date they became one: other modules ask "is this employer a zone resident?" through this
 * (the talent module's retention by participation is wired to it in modules.ts).
 */
export async function residentOrganizations(
  db: Db,
): Promise<Map<string, { since: string; status: ResidentStatus }>> {
  const rows = await db
    .select({
      organizationId: zoneResidents.organizationId,
      since: zoneResidents.since,
      status: zoneResidents.status,
    })
    .from(zoneResidents);
  return new Map(rows.map((r) => [r.organizationId, { since: String(r.since), status: r.status }]));
}
