import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import { zoneBuildings, zoneMedia, zoneSites, zones, zoneUnits } from '../zone.tables.ts';

// Queries of zones, sites, buildings, units and their media. A missing row is a 404 here; rules
// (who may, what is checked first) live in the service.

export type ZoneRow = typeof zones.$inferSelect;
export type SiteRow = typeof zoneSites.$inferSelect;
export type BuildingRow = typeof zoneBuildings.$inferSelect;
export type UnitRow = typeof zoneUnits.$inferSelect;
export type MediaRow = typeof zoneMedia.$inferSelect;

/** The row `returning()` gave back; an insert without one is a bug, not a user error. */
function inserted<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new Error('insert returned nothing');
  return row;
}

// ── zones

export const listZones = (db: Db) => db.select().from(zones).orderBy(asc(zones.nameRu));

export async function findZone(db: Db, id: string): Promise<ZoneRow> {
  const [row] = await db.select().from(zones).where(eq(zones.id, id));
  if (!row) throw notFound('zone', 'zone.zone_not_found');
  return row;
}

export const insertZone = async (db: Db, values: typeof zones.$inferInsert) =>
  inserted(await db.insert(zones).values(values).returning());

export async function updateZoneRow(db: Db, id: string, patch: Partial<typeof zones.$inferInsert>) {
  const [row] = await db
    .update(zones)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(zones.id, id))
    .returning();
  if (!row) throw notFound('zone', 'zone.zone_not_found');
  return row;
}

// ── sites

export async function findSite(db: Db, id: string): Promise<SiteRow> {
  const [row] = await db.select().from(zoneSites).where(eq(zoneSites.id, id));
  if (!row) throw notFound('site', 'zone.site_not_found');
  return row;
}

export const sitesOfZone = (db: Db, zoneId: string) =>
  db.select().from(zoneSites).where(eq(zoneSites.zoneId, zoneId)).orderBy(asc(zoneSites.code));

export const insertSite = async (db: Db, values: typeof zoneSites.$inferInsert) =>
  inserted(await db.insert(zoneSites).values(values).returning());

export async function updateSiteRow(db: Db, id: string, patch: Partial<typeof zoneSites.$inferInsert>) {
  const [row] = await db
    .update(zoneSites)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(zoneSites.id, id))
    .returning();
  if (!row) throw notFound('site', 'zone.site_not_found');
  return row;
}

export async function deleteSiteRow(db: Db, id: string): Promise<void> {
  const [row] = await db.delete(zoneSites).where(eq(zoneSites.id, id)).returning({ id: zoneSites.id });
  if (!row) throw notFound('site', 'zone.site_not_found');
}

// ── buildings

export async function findBuilding(db: Db, id: string): Promise<BuildingRow> {
  const [row] = await db.select().from(zoneBuildings).where(eq(zoneBuildings.id, id));
  if (!row) throw notFound('building', 'zone.building_not_found');
  return row;
}

export const buildingsOfSite = (db: Db, siteId: string) =>
  db.select().from(zoneBuildings).where(eq(zoneBuildings.siteId, siteId)).orderBy(asc(zoneBuildings.code));

export const insertBuilding = async (db: Db, values: typeof zoneBuildings.$inferInsert) =>
  inserted(await db.insert(zoneBuildings).values(values).returning());

export async function updateBuildingRow(
  db: Db,
  id: string,
  patch: Partial<typeof zoneBuildings.$inferInsert>,
) {
  const [row] = await db
    .update(zoneBuildings)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(zoneBuildings.id, id))
    .returning();
  if (!row) throw notFound('building', 'zone.building_not_found');
  return row;
}

export async function deleteBuildingRow(db: Db, id: string): Promise<void> {
  const [row] = await db
    .delete(zoneBuildings)
    .where(eq(zoneBuildings.id, id))
    .returning({ id: zoneBuildings.id });
  if (!row) throw notFound('building', 'zone.building_not_found');
}

// ── units

export async function findUnit(db: Db, id: string): Promise<UnitRow> {
  const [row] = await db.select().from(zoneUnits).where(eq(zoneUnits.id, id));
  if (!row) throw notFound('unit', 'zone.unit_not_found');
  return row;
}

export const unitsOfBuilding = (db: Db, buildingId: string) =>
  db
    .select()
    .from(zoneUnits)
    .where(eq(zoneUnits.buildingId, buildingId))
    .orderBy(asc(zoneUnits.floor), asc(zoneUnits.code));

export const insertUnit = async (db: Db, values: typeof zoneUnits.$inferInsert) =>
  inserted(await db.insert(zoneUnits).values(values).returning());

export async function updateUnitRow(db: Db, id: string, patch: Partial<typeof zoneUnits.$inferInsert>) {
  const [row] = await db
    .update(zoneUnits)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(zoneUnits.id, id))
    .returning();
  if (!row) throw notFound('unit', 'zone.unit_not_found');
  return row;
}

/** A unit with leases fails on the foreign key (→ 409). */
export async function deleteUnitRow(db: Db, id: string): Promise<void> {
  const [row] = await db.delete(zoneUnits).where(eq(zoneUnits.id, id)).returning({ id: zoneUnits.id });
  if (!row) throw notFound('unit', 'zone.unit_not_found');
}

// ── media

/** Media of many objects of one type, oldest first, by object id. */
export async function mediaOf(
  db: Db,
  objectType: MediaRow['objectType'],
  objectIds: string[],
): Promise<Map<string, MediaRow[]>> {
  const map = new Map<string, MediaRow[]>();
  if (objectIds.length === 0) return map;
  const rows = await db
    .select()
    .from(zoneMedia)
    .where(and(eq(zoneMedia.objectType, objectType), inArray(zoneMedia.objectId, objectIds)))
    .orderBy(asc(zoneMedia.createdAt));
  for (const r of rows) map.set(r.objectId, [...(map.get(r.objectId) ?? []), r]);
  return map;
}

export async function findMedia(db: Db, id: string): Promise<MediaRow> {
  const [row] = await db.select().from(zoneMedia).where(eq(zoneMedia.id, id));
  if (!row) throw notFound('media', 'zone.media_not_found');
  return row;
}

export const insertMedia = async (db: Db, values: typeof zoneMedia.$inferInsert) =>
  inserted(await db.insert(zoneMedia).values(values).returning());

export async function deleteMediaRow(db: Db, id: string): Promise<MediaRow> {
  const [row] = await db.delete(zoneMedia).where(eq(zoneMedia.id, id)).returning();
  if (!row) throw notFound('media', 'zone.media_not_found');
  return row;
}
