import type { LeaseQuery } from '@inohub/contracts/zone/leases';
import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import {
  zoneApplications,
  zoneBuildings,
  zoneLeases,
  zoneResidents,
  zoneSites,
  zoneUnitHolds,
  zoneUnits,
} from '../zone.tables.ts';

// Queries of leases. `range` arguments are PostgreSQL daterange literals (common.ts rangeOf).

export type LeaseRow = typeof zoneLeases.$inferSelect;

export async function findLease(db: Db, id: string, lock = false): Promise<LeaseRow> {
  const query = db.select().from(zoneLeases).where(eq(zoneLeases.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('lease', 'zone.lease_not_found');
  return row;
}

export async function findUnit(db: Db, id: string) {
  const [unit] = await db.select().from(zoneUnits).where(eq(zoneUnits.id, id));
  if (!unit) throw notFound('unit', 'zone.unit_not_found');
  return unit;
}

/** Applications of the organization: its own holds do not stand in its way. */
const applicationsOf = (db: Db, organizationId: string) =>
  db
    .select({ id: zoneApplications.id })
    .from(zoneApplications)
    .where(eq(zoneApplications.organizationId, organizationId));

/** Whether a live hold of another organization's application covers some of `range`. */
export async function heldForOthers(
  db: Db,
  unitId: string,
  range: string,
  organizationId: string,
): Promise<boolean> {
  const [held] = await db
    .select({ id: zoneUnitHolds.id })
    .from(zoneUnitHolds)
    .where(
      and(
        eq(zoneUnitHolds.unitId, unitId),
        isNull(zoneUnitHolds.releasedAt),
        sql`${zoneUnitHolds.expiresAt} > now()`,
        sql`${zoneUnitHolds.period} && ${range}::daterange`,
        sql`${zoneUnitHolds.applicationId} not in ${applicationsOf(db, organizationId)}`,
      ),
    );
  return !!held;
}

/** Releases the organization's own live holds of the unit. */
export async function releaseOwnHolds(db: Db, unitId: string, organizationId: string): Promise<void> {
  await db
    .update(zoneUnitHolds)
    .set({ releasedAt: new Date(), updatedAt: new Date() })
    .where(
      and(
        eq(zoneUnitHolds.unitId, unitId),
        isNull(zoneUnitHolds.releasedAt),
        sql`${zoneUnitHolds.applicationId} in ${applicationsOf(db, organizationId)}`,
      ),
    );
}

/** Inserts a lease; an overlap with another lease of the unit fails on the EXCLUDE constraint. */
export async function insertLease(db: Db, values: typeof zoneLeases.$inferInsert): Promise<LeaseRow> {
  const [row] = await db.insert(zoneLeases).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateLeaseRow(
  db: Db,
  id: string,
  patch: Partial<typeof zoneLeases.$inferInsert>,
): Promise<LeaseRow> {
  const [row] = await db
    .update(zoneLeases)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(zoneLeases.id, id))
    .returning();
  if (!row) throw notFound('lease', 'zone.lease_not_found');
  return row;
}

export type LeaseFilter = Omit<LeaseQuery, 'page' | 'pageSize'>;

/** A page of leases, latest start first, and how many match. */
export async function leasesPage(db: Db, f: LeaseFilter, page: { limit: number; offset: number }) {
  const conditions: SQL[] = [];
  if (f.residentId) conditions.push(eq(zoneLeases.residentId, f.residentId));
  if (f.unitId) conditions.push(eq(zoneLeases.unitId, f.unitId));
  if (f.buildingId)
    conditions.push(
      inArray(
        zoneLeases.unitId,
        db.select({ id: zoneUnits.id }).from(zoneUnits).where(eq(zoneUnits.buildingId, f.buildingId)),
      ),
    );
  if (f.activeOn)
    conditions.push(eq(zoneLeases.status, 'active'), sql`${zoneLeases.period} @> ${f.activeOn}::date`);
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await db
    .select()
    .from(zoneLeases)
    .where(where)
    .orderBy(desc(sql`lower(${zoneLeases.period})`), zoneLeases.id)
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(zoneLeases).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The units of some leases with their building's name, by unit id. */
export async function unitsForList(db: Db, unitIds: string[]) {
  const units = unitIds.length
    ? await db
        .select({
          id: zoneUnits.id,
          code: zoneUnits.code,
          kind: zoneUnits.kind,
          floor: zoneUnits.floor,
          areaM2: zoneUnits.areaM2,
          buildingNameRu: zoneBuildings.nameRu,
          buildingNameEn: zoneBuildings.nameEn,
        })
        .from(zoneUnits)
        .innerJoin(zoneBuildings, eq(zoneBuildings.id, zoneUnits.buildingId))
        .where(inArray(zoneUnits.id, unitIds))
    : [];
  return new Map(units.map(({ id, ...u }) => [id, u]));
}

/** Leases in force on a date with their unit, building, site and resident, in plan order. */
export const leasesInForce = (db: Db, onDate: string) =>
  db
    .select({
      site: zoneSites.nameRu,
      building: zoneBuildings.nameRu,
      unit: zoneUnits.code,
      kind: zoneUnits.kind,
      floor: zoneUnits.floor,
      areaM2: zoneUnits.areaM2,
      organizationId: zoneResidents.organizationId,
      registerNumber: zoneResidents.registerNumber,
      period: zoneLeases.period,
      rate: zoneLeases.monthlyRatePerM2Kopecks,
      rent: zoneLeases.monthlyRentKopecks,
    })
    .from(zoneLeases)
    .innerJoin(zoneUnits, eq(zoneUnits.id, zoneLeases.unitId))
    .innerJoin(zoneBuildings, eq(zoneBuildings.id, zoneUnits.buildingId))
    .innerJoin(zoneSites, eq(zoneSites.id, zoneBuildings.siteId))
    .innerJoin(zoneResidents, eq(zoneResidents.id, zoneLeases.residentId))
    .where(and(eq(zoneLeases.status, 'active'), sql`${zoneLeases.period} @> ${onDate}::date`))
    .orderBy(zoneSites.code, zoneBuildings.code, zoneUnits.floor, zoneUnits.code);
