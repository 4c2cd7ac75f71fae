import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import type { FileStore } from '../../../lib/files/file-store.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { zoneBuildings, zoneMedia, zoneSites, zones, zoneUnits } from '../zone.tables.ts';

export type ZoneRow = typeof zones.$inferSelect;
export type SiteRow = typeof zoneSites.$inferSelect;
export type BuildingRow = typeof zoneBuildings.$inferSelect;
export type UnitRow = typeof zoneUnits.$inferSelect;
export type MediaRow = typeof zoneMedia.$inferSelect;
export type MediaObjectType = MediaRow['objectType'];

export const listZones = (db: Db) => db.select().from(zones).orderBy(asc(zones.nameRu));

export async function getZone(db: Db, id: string): Promise<ZoneRow> {
  const [row] = await db.select().from(zones).where(eq(zones.id, id));
  if (!row) throw notFound('zone', 'zone.zone_not_found');
  return row;
}

export async function getSite(db: Db, id: string): Promise<SiteRow> {
  const [row] = await db.select().from(zoneSites).where(eq(zoneSites.id, id));
  if (!row) throw notFound('site', 'zone.site_not_found');
  return row;
}

export async function getBuilding(db: Db, id: string): Promise<BuildingRow> {
  const [row] = await db.select().from(zoneBuildings).where(eq(zoneBuildings.id, id));
  if (!row) throw notFound('building', 'zone.building_not_found');
  return row;
}

export async function getUnit(db: Db, id: string): Promise<UnitRow> {
  const [row] = await db.select().from(zoneUnits).where(eq(zoneUnits.id, id));
  if (!row) throw notFound('unit', 'zone.unit_not_found');
  return row;
}

export const sitesOfZone = (db: Db, zoneId: string) =>
  db.select().from(zoneSites).where(eq(zoneSites.zoneId, zoneId)).orderBy(asc(zoneSites.code));
export const buildingsOfSite = (db: Db, siteId: string) =>
  db.select().from(zoneBuildings).where(eq(zoneBuildings.siteId, siteId)).orderBy(asc(zoneBuildings.code));
export const unitsOfBuilding = (db: Db, buildingId: string) =>
  db
    .select()
    .from(zoneUnits)
    .where(eq(zoneUnits.buildingId, buildingId))
    .orderBy(asc(zoneUnits.floor), asc(zoneUnits.code));

export async function mediaOf(
  db: Db,
  objectType: MediaObjectType,
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

type Audited = { audit: AuditContext };

export async function createZone(
  db: Db,
  { audit }: Audited,
  values: typeof zones.$inferInsert,
): Promise<ZoneRow> {
  const [row] = await db.insert(zones).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(db, audit, {
    action: 'zone.zone_created',
    objectType: 'zone',
    objectId: row.id,
    details: { code: row.code },
  });
  return row;
}

export async function updateZone(
  db: Db,
  { audit }: Audited,
  id: string,
  patch: Partial<typeof zones.$inferInsert>,
): Promise<ZoneRow> {
  const [row] = await db
    .update(zones)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(zones.id, id))
    .returning();
  if (!row) throw notFound('zone', 'zone.zone_not_found');
  await recordAudit(db, audit, {
    action: 'zone.zone_updated',
    objectType: 'zone',
    objectId: id,
    details: { fields: Object.keys(patch) },
  });
  return row;
}

export async function createSite(
  db: Db,
  { audit }: Audited,
  values: typeof zoneSites.$inferInsert,
): Promise<SiteRow> {
  await getZone(db, values.zoneId);
  const [row] = await db.insert(zoneSites).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(db, audit, { action: 'zone.site_created', objectType: 'zone_site', objectId: row.id });
  return row;
}

export async function updateSite(
  db: Db,
  { audit }: Audited,
  id: string,
  patch: Partial<typeof zoneSites.$inferInsert>,
): Promise<SiteRow> {
  const [row] = await db
    .update(zoneSites)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(zoneSites.id, id))
    .returning();
  if (!row) throw notFound('site', 'zone.site_not_found');
  await recordAudit(db, audit, {
    action: 'zone.site_updated',
    objectType: 'zone_site',
    objectId: id,
    details: { fields: Object.keys(patch) },
  });
  return row;
}

export async function deleteSite(db: Db, { audit }: Audited, id: string): Promise<void> {
  const [row] = await db.delete(zoneSites).where(eq(zoneSites.id, id)).returning({ id: zoneSites.id });
  if (!row) throw notFound('site', 'zone.site_not_found');
  await recordAudit(db, audit, { action: 'zone.site_deleted', objectType: 'zone_site', objectId: id });
}

export async function createBuilding(
  db: Db,
  { audit }: Audited,
  values: typeof zoneBuildings.$inferInsert,
): Promise<BuildingRow> {
  await getSite(db, values.siteId);
  const [row] = await db.insert(zoneBuildings).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(db, audit, {
    action: 'zone.building_created',
    objectType: 'zone_building',
    objectId: row.id,
  });
  return row;
}

export async function updateBuilding(
  db: Db,
  { audit }: Audited,
  id: string,
  patch: Partial<typeof zoneBuildings.$inferInsert>,
): Promise<BuildingRow> {
  const [row] = await db
    .update(zoneBuildings)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(zoneBuildings.id, id))
    .returning();
  if (!row) throw notFound('building', 'zone.building_not_found');
  await recordAudit(db, audit, {
    action: 'zone.building_updated',
    objectType: 'zone_building',
    objectId: id,
    details: { fields: Object.keys(patch) },
  });
  return row;
}

export async function deleteBuilding(db: Db, { audit }: Audited, id: string): Promise<void> {
  const [row] = await db
    .delete(zoneBuildings)
    .where(eq(zoneBuildings.id, id))
    .returning({ id: zoneBuildings.id });
  if (!row) throw notFound('building', 'zone.building_not_found');
  await recordAudit(db, audit, {
    action: 'zone.building_deleted',
    objectType: 'zone_building',
    objectId: id,
  });
}

export async function createUnit(
  db: Db,
  { audit }: Audited,
  values: typeof zoneUnits.$inferInsert,
): Promise<UnitRow> {
  await getBuilding(db, values.buildingId);
  const [row] = await db.insert(zoneUnits).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(db, audit, { action: 'zone.unit_created', objectType: 'zone_unit', objectId: row.id });
  return row;
}

export async function updateUnit(
  db: Db,
  { audit }: Audited,
  id: string,
  patch: Partial<typeof zoneUnits.$inferInsert>,
): Promise<UnitRow> {
  const [row] = await db
    .update(zoneUnits)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(zoneUnits.id, id))
    .returning();
  if (!row) throw notFound('unit', 'zone.unit_not_found');
  await recordAudit(db, audit, {
    action: 'zone.unit_updated',
    objectType: 'zone_unit',
    objectId: id,
    details: { fields: Object.keys(patch) },
  });
  return row;
}

/** A unit with leases cannot be deleted (FK → 409); withdraw it instead. */
export async function deleteUnit(db: Db, { audit }: Audited, id: string): Promise<void> {
  const [row] = await db.delete(zoneUnits).where(eq(zoneUnits.id, id)).returning({ id: zoneUnits.id });
  if (!row) throw notFound('unit', 'zone.unit_not_found');
  await recordAudit(db, audit, { action: 'zone.unit_deleted', objectType: 'zone_unit', objectId: id });
}

export const MEDIA_TYPES = ['png', 'jpeg', 'pdf'] as const;
export const MEDIA_MAX_BYTES = 10 * 1024 * 1024;

export async function assertMediaObject(
  db: Db,
  objectType: MediaObjectType,
  objectId: string,
): Promise<void> {
  if (objectType === 'zone') await getZone(db, objectId);
  else if (objectType === 'site') await getSite(db, objectId);
  else if (objectType === 'building') await getBuilding(db, objectId);
  else await getUnit(db, objectId);
}

export async function addMedia(
  db: Db,
  files: FileStore,
  { audit }: Audited,
  input: {
    objectType: MediaObjectType;
    objectId: string;
    kind: 'photo' | 'plan';
    captionRu?: string;
    captionEn?: string;
    fileName: string;
    data: Buffer;
  },
): Promise<MediaRow> {
  await assertMediaObject(db, input.objectType, input.objectId);
  const file = await files.save(db, {
    fileName: input.fileName,
    data: input.data,
    allowedTypes: MEDIA_TYPES,
    maxBytes: MEDIA_MAX_BYTES,
    ownerModule: 'zone.media',
    ownerId: input.objectId,
  });
  const [row] = await db
    .insert(zoneMedia)
    .values({
      objectType: input.objectType,
      objectId: input.objectId,
      kind: input.kind,
      fileId: file.id,
      captionRu: input.captionRu,
      captionEn: input.captionEn,
      uploadedBy: audit.actorId,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(db, audit, {
    action: 'zone.media_added',
    objectType: `zone_${input.objectType}`,
    objectId: input.objectId,
    details: { mediaId: row.id, kind: input.kind },
  });
  return row;
}

export async function getMedia(db: Db, id: string): Promise<MediaRow> {
  const [row] = await db.select().from(zoneMedia).where(eq(zoneMedia.id, id));
  if (!row) throw notFound('media', 'zone.media_not_found');
  return row;
}

export async function deleteMedia(db: Db, { audit }: Audited, id: string): Promise<void> {
  const [row] = await db.delete(zoneMedia).where(eq(zoneMedia.id, id)).returning();
  if (!row) throw notFound('media', 'zone.media_not_found');
  await recordAudit(db, audit, {
    action: 'zone.media_deleted',
    objectType: `zone_${row.objectType}`,
    objectId: row.objectId,
    details: { mediaId: id },
  });
}
