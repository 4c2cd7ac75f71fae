import type { UnitKind } from '@inohub/contracts/zone/space';
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, notFound } from '../../../lib/errors.ts';
import {
  zoneBuildings,
  zoneLeases,
  zoneResidents,
  zoneSites,
  zoneUnitHolds,
  zoneUnits,
} from '../zone.tables.ts';

// Queries of the zone's space: which units are free on some dates, holds, and what a building
// looks like on one day. `range` arguments are PostgreSQL daterange literals (see common.ts rangeOf).

export type HoldRow = typeof zoneUnitHolds.$inferSelect;

/**
 * Units free on `range`: available, no active lease and no live hold overlapping it. A hold of
 * `exceptApplicationId` does not count: an application does not compete with its own holds.
 */
export function freeCondition(range: string, exceptApplicationId: string | null): SQL {
  return sql`${zoneUnits.status} = 'available'
    and not exists (select 1 from ${zoneLeases} l where l.unit_id = ${zoneUnits.id} and l.status = 'active' and l.period && ${range}::daterange)
    and not exists (select 1 from ${zoneUnitHolds} h where h.unit_id = ${zoneUnits.id} and h.released_at is null and h.expires_at > now()
                    and h.period && ${range}::daterange and h.application_id is distinct from ${exceptApplicationId}::uuid)`;
}

// ── vacancies

export interface VacancyFilter {
  zoneId?: string;
  siteId?: string;
  buildingId?: string;
  kind?: UnitKind;
  minArea?: number;
  maxArea?: number;
}

/** One page of free units with their building and site, and how many there are in all. */
export async function freeUnitsPage(
  db: Db,
  range: string,
  f: VacancyFilter,
  page: { limit: number; offset: number },
) {
  const where = and(
    freeCondition(range, null),
    f.zoneId ? eq(zoneSites.zoneId, f.zoneId) : undefined,
    f.siteId ? eq(zoneSites.id, f.siteId) : undefined,
    f.buildingId ? eq(zoneBuildings.id, f.buildingId) : undefined,
    f.kind ? eq(zoneUnits.kind, f.kind) : undefined,
    f.minArea !== undefined ? sql`${zoneUnits.areaM2} >= ${f.minArea}` : undefined,
    f.maxArea !== undefined ? sql`${zoneUnits.areaM2} <= ${f.maxArea}` : undefined,
  );
  const rows = await db
    .select({
      id: zoneUnits.id,
      code: zoneUnits.code,
      kind: zoneUnits.kind,
      areaM2: zoneUnits.areaM2,
      floor: zoneUnits.floor,
      monthlyRatePerM2Kopecks: zoneUnits.monthlyRatePerM2Kopecks,
      currency: zoneUnits.currency,
      buildingId: zoneBuildings.id,
      buildingNameRu: zoneBuildings.nameRu,
      buildingNameEn: zoneBuildings.nameEn,
      siteId: zoneSites.id,
      siteNameRu: zoneSites.nameRu,
      siteNameEn: zoneSites.nameEn,
    })
    .from(zoneUnits)
    .innerJoin(zoneBuildings, eq(zoneBuildings.id, zoneUnits.buildingId))
    .innerJoin(zoneSites, eq(zoneSites.id, zoneBuildings.siteId))
    .where(where)
    .orderBy(zoneSites.code, zoneBuildings.code, zoneUnits.floor, zoneUnits.code)
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(zoneUnits)
    .innerJoin(zoneBuildings, eq(zoneBuildings.id, zoneUnits.buildingId))
    .innerJoin(zoneSites, eq(zoneSites.id, zoneBuildings.siteId))
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

/** How many of `unitIds` are units of the zone free on `range` for the application. */
export async function countFreeUnitsOf(
  db: Db,
  zoneId: string,
  applicationId: string,
  range: string,
  unitIds: string[],
): Promise<number> {
  const rows = await db
    .select({ id: zoneUnits.id })
    .from(zoneUnits)
    .innerJoin(zoneBuildings, eq(zoneBuildings.id, zoneUnits.buildingId))
    .innerJoin(zoneSites, eq(zoneSites.id, zoneBuildings.siteId))
    .where(
      and(eq(zoneSites.zoneId, zoneId), freeCondition(range, applicationId), inArray(zoneUnits.id, unitIds)),
    );
  return rows.length;
}

/** Free area (m²) of the zone on `range` for the application, of one kind or of all. */
export async function freeAreaOf(
  db: Db,
  zoneId: string,
  applicationId: string,
  range: string,
  kind: UnitKind | null,
): Promise<number> {
  const [row] = await db
    .select({ area: sql<number>`coalesce(sum(${zoneUnits.areaM2}), 0)::float8` })
    .from(zoneUnits)
    .innerJoin(zoneBuildings, eq(zoneBuildings.id, zoneUnits.buildingId))
    .innerJoin(zoneSites, eq(zoneSites.id, zoneBuildings.siteId))
    .where(
      and(
        eq(zoneSites.zoneId, zoneId),
        freeCondition(range, applicationId),
        kind ? eq(zoneUnits.kind, kind) : undefined,
      ),
    );
  return row?.area ?? 0;
}

/** Sites of the zone at least `landHa` hectares large. */
export async function countSitesWithArea(db: Db, zoneId: string, landHa: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(zoneSites)
    .where(and(eq(zoneSites.zoneId, zoneId), sql`${zoneSites.areaHa} >= ${landHa}`));
  return row?.n ?? 0;
}

// ── holds

/** Locks the unit: concurrent holds of one unit queue here. */
export async function lockUnit(db: Db, unitId: string) {
  const [unit] = await db.select().from(zoneUnits).where(eq(zoneUnits.id, unitId)).for('update');
  if (!unit) throw notFound('unit', 'zone.unit_not_found');
  return unit;
}

export async function isUnitFree(
  db: Db,
  unitId: string,
  range: string,
  exceptApplicationId: string | null,
): Promise<boolean> {
  const [free] = await db
    .select({ id: zoneUnits.id })
    .from(zoneUnits)
    .where(and(eq(zoneUnits.id, unitId), freeCondition(range, exceptApplicationId)));
  return !!free;
}

export async function insertHold(db: Db, values: typeof zoneUnitHolds.$inferInsert): Promise<HoldRow> {
  const [row] = await db.insert(zoneUnitHolds).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export const holdsOfApplication = (db: Db, applicationId: string) =>
  db
    .select()
    .from(zoneUnitHolds)
    .where(eq(zoneUnitHolds.applicationId, applicationId))
    .orderBy(zoneUnitHolds.createdAt);

export async function findHold(db: Db, holdId: string): Promise<HoldRow> {
  const [row] = await db.select().from(zoneUnitHolds).where(eq(zoneUnitHolds.id, holdId));
  if (!row) throw notFound('hold', 'zone.hold_not_found');
  return row;
}

/** Releases a hold once: a second release is a 409. */
export async function releaseHoldRow(db: Db, holdId: string): Promise<HoldRow> {
  const [row] = await db
    .update(zoneUnitHolds)
    .set({ releasedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(zoneUnitHolds.id, holdId), isNull(zoneUnitHolds.releasedAt)))
    .returning();
  if (!row) throw new AppError('conflict', 'zone.hold_released', 'The hold is already released');
  return row;
}

// ── occupancy

export async function findBuildingId(db: Db, buildingId: string): Promise<string> {
  const [building] = await db
    .select({ id: zoneBuildings.id })
    .from(zoneBuildings)
    .where(eq(zoneBuildings.id, buildingId));
  if (!building) throw notFound('building', 'zone.building_not_found');
  return building.id;
}

export const unitsOfBuilding = (db: Db, buildingId: string) =>
  db
    .select()
    .from(zoneUnits)
    .where(eq(zoneUnits.buildingId, buildingId))
    .orderBy(zoneUnits.floor, zoneUnits.code);

/** Active leases of the building's units overlapping `range`, with the resident's organization. */
export const leasesInBuilding = (db: Db, buildingId: string, range: string) =>
  db
    .select({
      unitId: zoneLeases.unitId,
      leaseId: zoneLeases.id,
      period: zoneLeases.period,
      residentId: zoneLeases.residentId,
      organizationId: zoneResidents.organizationId,
    })
    .from(zoneLeases)
    .innerJoin(zoneUnits, eq(zoneUnits.id, zoneLeases.unitId))
    .innerJoin(zoneResidents, eq(zoneResidents.id, zoneLeases.residentId))
    .where(
      and(
        eq(zoneUnits.buildingId, buildingId),
        eq(zoneLeases.status, 'active'),
        sql`${zoneLeases.period} && ${range}::daterange`,
      ),
    );

/** Units of the building with a live hold overlapping `range`. */
export async function heldUnitIdsInBuilding(db: Db, buildingId: string, range: string): Promise<string[]> {
  const rows = await db
    .select({ unitId: zoneUnitHolds.unitId })
    .from(zoneUnitHolds)
    .innerJoin(zoneUnits, eq(zoneUnits.id, zoneUnitHolds.unitId))
    .where(
      and(
        eq(zoneUnits.buildingId, buildingId),
        isNull(zoneUnitHolds.releasedAt),
        sql`${zoneUnitHolds.expiresAt} > now()`,
        sql`${zoneUnitHolds.period} && ${range}::daterange`,
      ),
    );
  return rows.map((r) => r.unitId);
}
