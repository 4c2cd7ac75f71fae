import type {
  BuildingBody,
  BuildingDetail,
  BuildingPatch,
  BuildingView,
  SiteBody,
  SiteDetail,
  SitePatch,
  SiteView,
  UnitBody,
  UnitPatch,
  UnitView,
  ZoneBody,
  ZoneDetail,
  ZonePatch,
} from '@inohub/contracts/zone/sites';
import type { Db } from '../../../lib/db/types.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import * as repo from './repo.ts';
import { oneWithMedia, withMedia } from './views.ts';

// Zones, sites, buildings and units: public reads with their media, and the zone administrator's
// edits, each recorded in the audit log. Writes take the transaction of the request.

export type { BuildingRow, SiteRow, UnitRow, ZoneRow } from './repo.ts';
/** Other features of the zone (eligibility) read a zone through here. */
export { findZone as getZone, listZones } from './repo.ts';

// ── reads

export async function zoneDetail(db: Db, id: string): Promise<ZoneDetail> {
  const zone = await repo.findZone(db, id);
  const sites = await withMedia(db, 'site', await repo.sitesOfZone(db, zone.id));
  return { ...(await oneWithMedia(db, 'zone', zone)), sites };
}

export async function siteDetail(db: Db, id: string): Promise<SiteDetail> {
  const site = await repo.findSite(db, id);
  const buildings = await withMedia(db, 'building', await repo.buildingsOfSite(db, site.id));
  return { ...(await oneWithMedia(db, 'site', site)), buildings };
}

export async function buildingDetail(db: Db, id: string): Promise<BuildingDetail> {
  const building = await repo.findBuilding(db, id);
  const units = await withMedia(db, 'unit', await repo.unitsOfBuilding(db, building.id));
  return { ...(await oneWithMedia(db, 'building', building)), units };
}

export async function unitDetail(db: Db, id: string): Promise<UnitView> {
  return oneWithMedia(db, 'unit', await repo.findUnit(db, id));
}

// ── zones

export async function createZone(db: Db, audit: AuditContext, body: ZoneBody): Promise<repo.ZoneRow> {
  const row = await repo.insertZone(db, body);
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
  audit: AuditContext,
  id: string,
  patch: ZonePatch,
): Promise<repo.ZoneRow> {
  const row = await repo.updateZoneRow(db, id, patch);
  await recordAudit(db, audit, {
    action: 'zone.zone_updated',
    objectType: 'zone',
    objectId: id,
    details: { fields: Object.keys(patch) },
  });
  return row;
}

// ── sites

export async function createSite(
  db: Db,
  audit: AuditContext,
  zoneId: string,
  body: SiteBody,
): Promise<SiteView> {
  await repo.findZone(db, zoneId); // 404 for an unknown zone rather than a foreign-key 409
  const row = await repo.insertSite(db, { ...body, zoneId });
  await recordAudit(db, audit, { action: 'zone.site_created', objectType: 'zone_site', objectId: row.id });
  return { ...row, media: [] };
}

export async function updateSite(
  db: Db,
  audit: AuditContext,
  id: string,
  patch: SitePatch,
): Promise<SiteView> {
  const row = await repo.updateSiteRow(db, id, patch);
  await recordAudit(db, audit, {
    action: 'zone.site_updated',
    objectType: 'zone_site',
    objectId: id,
    details: { fields: Object.keys(patch) },
  });
  return oneWithMedia(db, 'site', row);
}

/** Buildings and units go with the site (cascade); a unit with leases stops it (→ 409). */
export async function deleteSite(db: Db, audit: AuditContext, id: string): Promise<void> {
  await repo.deleteSiteRow(db, id);
  await recordAudit(db, audit, { action: 'zone.site_deleted', objectType: 'zone_site', objectId: id });
}

// ── buildings

export async function createBuilding(
  db: Db,
  audit: AuditContext,
  siteId: string,
  body: BuildingBody,
): Promise<BuildingView> {
  await repo.findSite(db, siteId);
  const row = await repo.insertBuilding(db, { ...body, siteId });
  await recordAudit(db, audit, {
    action: 'zone.building_created',
    objectType: 'zone_building',
    objectId: row.id,
  });
  return { ...row, media: [] };
}

export async function updateBuilding(
  db: Db,
  audit: AuditContext,
  id: string,
  patch: BuildingPatch,
): Promise<BuildingView> {
  const row = await repo.updateBuildingRow(db, id, patch);
  await recordAudit(db, audit, {
    action: 'zone.building_updated',
    objectType: 'zone_building',
    objectId: id,
    details: { fields: Object.keys(patch) },
  });
  return oneWithMedia(db, 'building', row);
}

export async function deleteBuilding(db: Db, audit: AuditContext, id: string): Promise<void> {
  await repo.deleteBuildingRow(db, id);
  await recordAudit(db, audit, {
    action: 'zone.building_deleted',
    objectType: 'zone_building',
    objectId: id,
  });
}

// ── units

export async function createUnit(
  db: Db,
  audit: AuditContext,
  buildingId: string,
  body: UnitBody,
): Promise<UnitView> {
  await repo.findBuilding(db, buildingId);
  const row = await repo.insertUnit(db, { ...body, buildingId });
  await recordAudit(db, audit, { action: 'zone.unit_created', objectType: 'zone_unit', objectId: row.id });
  return { ...row, media: [] };
}

export async function updateUnit(
  db: Db,
  audit: AuditContext,
  id: string,
  patch: UnitPatch,
): Promise<UnitView> {
  const row = await repo.updateUnitRow(db, id, patch);
  await recordAudit(db, audit, {
    action: 'zone.unit_updated',
    objectType: 'zone_unit',
    objectId: id,
    details: { fields: Object.keys(patch) },
  });
  return oneWithMedia(db, 'unit', row);
}

/** A unit with leases cannot be deleted (foreign key → 409): withdraw it instead. */
export async function deleteUnit(db: Db, audit: AuditContext, id: string): Promise<void> {
  await repo.deleteUnitRow(db, id);
  await recordAudit(db, audit, { action: 'zone.unit_deleted', objectType: 'zone_unit', objectId: id });
}
