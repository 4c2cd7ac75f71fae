import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict, notFound } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { addDays, addWorkingDays, parseRange, rangeOf, todayInTomsk } from '../common.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { slaDays } from '../eligibility/service.ts';
import {
  type UnitKind,
  type zoneApplications,
  zoneBuildings,
  zoneLeases,
  zoneResidents,
  zoneSites,
  zoneUnitHolds,
  zoneUnits,
} from '../zone.tables.ts';

/** Units free on `[from, to]`: available, no active lease and no live hold of another application overlapping. */
function freeCondition(range: string, exceptApplicationId: string | null) {
  return sql`${zoneUnits.status} = 'available'
    and not exists (select 1 from ${zoneLeases} l where l.unit_id = ${zoneUnits.id} and l.status = 'active' and l.period && ${range}::daterange)
    and not exists (select 1 from ${zoneUnitHolds} h where h.unit_id = ${zoneUnits.id} and h.released_at is null and h.expires_at > now()
                    and h.period && ${range}::daterange and h.application_id is distinct from ${exceptApplicationId}::uuid)`;
}

export interface VacancyQuery {
  zoneId?: string;
  siteId?: string;
  buildingId?: string;
  kind?: UnitKind;
  minArea?: number;
  maxArea?: number;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export async function searchVacancies(db: Db, q: VacancyQuery) {
  const from = q.from ?? todayInTomsk();
  const to = q.to ?? addDays(from, 364);
  const range = rangeOf(from, to);
  const where = and(
    freeCondition(range, null),
    q.zoneId ? eq(zoneSites.zoneId, q.zoneId) : undefined,
    q.siteId ? eq(zoneSites.id, q.siteId) : undefined,
    q.buildingId ? eq(zoneBuildings.id, q.buildingId) : undefined,
    q.kind ? eq(zoneUnits.kind, q.kind) : undefined,
    q.minArea !== undefined ? sql`${zoneUnits.areaM2} >= ${q.minArea}` : undefined,
    q.maxArea !== undefined ? sql`${zoneUnits.areaM2} <= ${q.maxArea}` : undefined,
  );
  const base = db
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
    .where(where);
  const rows = await base
    .orderBy(zoneSites.code, zoneBuildings.code, zoneUnits.floor, zoneUnits.code)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(zoneUnits)
    .innerJoin(zoneBuildings, eq(zoneBuildings.id, zoneUnits.buildingId))
    .innerJoin(zoneSites, eq(zoneSites.id, zoneBuildings.siteId))
    .where(where);
  return {
    items: rows.map((r) => ({ ...r, monthlyRentKopecks: Math.round(r.areaM2 * r.monthlyRatePerM2Kopecks) })),
    total: total?.n ?? 0,
    from,
    to,
  };
}

/** Rule E5: the requested units are free, or the zone has enough free area of the kind asked for. */
export async function freeAreaMatches(
  db: Db,
  q: {
    zoneId: string;
    applicationId: string;
    unitIds: string[];
    areaM2: number | null;
    landHa: number | null;
    kind: UnitKind | null;
    onDate: string;
  },
): Promise<boolean> {
  const range = rangeOf(q.onDate, addDays(q.onDate, 364));
  const inZone = and(eq(zoneSites.zoneId, q.zoneId), freeCondition(range, q.applicationId));
  if (q.unitIds.length) {
    const rows = await db
      .select({ id: zoneUnits.id })
      .from(zoneUnits)
      .innerJoin(zoneBuildings, eq(zoneBuildings.id, zoneUnits.buildingId))
      .innerJoin(zoneSites, eq(zoneSites.id, zoneBuildings.siteId))
      .where(and(inZone, inArray(zoneUnits.id, q.unitIds)));
    return rows.length === new Set(q.unitIds).size;
  }
  if (q.areaM2) {
    const [row] = await db
      .select({ area: sql<number>`coalesce(sum(${zoneUnits.areaM2}), 0)::float8` })
      .from(zoneUnits)
      .innerJoin(zoneBuildings, eq(zoneBuildings.id, zoneUnits.buildingId))
      .innerJoin(zoneSites, eq(zoneSites.id, zoneBuildings.siteId))
      .where(and(inZone, q.kind ? eq(zoneUnits.kind, q.kind) : undefined));
    return (row?.area ?? 0) >= q.areaM2;
  }
  if (q.landHa) {
    // Land plots are not modelled yet: any site of the zone with an area larger than the request.
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(zoneSites)
      .where(and(eq(zoneSites.zoneId, q.zoneId), sql`${zoneSites.areaHa} >= ${q.landHa}`));
    return (row?.n ?? 0) > 0;
  }
  return false;
}

export const DEFAULT_HOLD_WORKING_DAYS = 20;

export async function createHold(
  db: Db,
  audit: AuditContext,
  application: typeof zoneApplications.$inferSelect,
  input: { unitId: string; from: string; to: string },
) {
  // Lock the unit: concurrent holds and leases of one unit queue here.
  const [unit] = await db.select().from(zoneUnits).where(eq(zoneUnits.id, input.unitId)).for('update');
  if (!unit) throw notFound('unit', 'zone.unit_not_found');
  const range = rangeOf(input.from, input.to);
  const [free] = await db
    .select({ id: zoneUnits.id })
    .from(zoneUnits)
    .where(and(eq(zoneUnits.id, unit.id), freeCondition(range, application.id)));
  if (!free) throw conflict('zone.unit_not_free', 'The unit is not free on these dates');
  const today = todayInTomsk();
  const days = (await slaDays(db, application.zoneId, 'unit_hold', today)) ?? DEFAULT_HOLD_WORKING_DAYS;
  const until = await addWorkingDays(db, today, days);
  const [row] = await db
    .insert(zoneUnitHolds)
    .values({
      unitId: unit.id,
      applicationId: application.id,
      period: range,
      expiresAt: new Date(`${until}T23:59:59+07:00`),
      createdBy: audit.actorId,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(db, audit, {
    action: 'zone.unit_held',
    objectType: 'zone_unit',
    objectId: unit.id,
    details: { applicationId: application.id, from: input.from, to: input.to },
  });
  return row;
}

export async function holdsOf(db: Db, applicationId: string) {
  return db
    .select()
    .from(zoneUnitHolds)
    .where(eq(zoneUnitHolds.applicationId, applicationId))
    .orderBy(zoneUnitHolds.createdAt);
}

export async function getHold(db: Db, holdId: string) {
  const [row] = await db.select().from(zoneUnitHolds).where(eq(zoneUnitHolds.id, holdId));
  if (!row) throw notFound('hold', 'zone.hold_not_found');
  return row;
}

export async function releaseHold(db: Db, audit: AuditContext, holdId: string) {
  const [row] = await db
    .update(zoneUnitHolds)
    .set({ releasedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(zoneUnitHolds.id, holdId), isNull(zoneUnitHolds.releasedAt)))
    .returning();
  if (!row) throw new AppError('conflict', 'zone.hold_released', 'The hold is already released');
  await recordAudit(db, audit, {
    action: 'zone.unit_hold_released',
    objectType: 'zone_unit',
    objectId: row.unitId,
    details: { holdId },
  });
  return row;
}

export const holdView = (h: typeof zoneUnitHolds.$inferSelect) => {
  const { from, to } = parseRange(h.period);
  return {
    id: h.id,
    unitId: h.unitId,
    applicationId: h.applicationId,
    from,
    to,
    expiresAt: h.expiresAt,
    releasedAt: h.releasedAt,
    active: !h.releasedAt && h.expiresAt > new Date(),
  };
};

/** Every unit of a building on a date: leased (to whom), held, or vacant; with area totals. */
export async function buildingOccupancy(db: Db, buildingId: string, onDate: string) {
  const [building] = await db.select().from(zoneBuildings).where(eq(zoneBuildings.id, buildingId));
  if (!building) throw notFound('building', 'zone.building_not_found');
  const day = `[${onDate},${addDays(onDate, 1)})`;
  const units = await db
    .select()
    .from(zoneUnits)
    .where(eq(zoneUnits.buildingId, buildingId))
    .orderBy(zoneUnits.floor, zoneUnits.code);
  const leases = await db
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
        sql`${zoneLeases.period} && ${day}::daterange`,
      ),
    );
  const holds = await db
    .select({ unitId: zoneUnitHolds.unitId })
    .from(zoneUnitHolds)
    .innerJoin(zoneUnits, eq(zoneUnits.id, zoneUnitHolds.unitId))
    .where(
      and(
        eq(zoneUnits.buildingId, buildingId),
        isNull(zoneUnitHolds.releasedAt),
        sql`${zoneUnitHolds.expiresAt} > now()`,
        sql`${zoneUnitHolds.period} && ${day}::daterange`,
      ),
    );
  const orgs = await organizationFactsMany(db, [...new Set(leases.map((l) => l.organizationId))]);
  let leasedArea = 0;
  let totalArea = 0;
  const items = units.map((u) => {
    const lease = leases.find((l) => l.unitId === u.id);
    const held = holds.some((h) => h.unitId === u.id);
    totalArea += u.areaM2;
    if (lease) leasedArea += u.areaM2;
    const state: 'leased' | 'held' | 'vacant' | 'out_of_service' =
      u.status !== 'available' ? 'out_of_service' : lease ? 'leased' : held ? 'held' : 'vacant';
    return {
      unitId: u.id,
      code: u.code,
      kind: u.kind,
      floor: u.floor,
      areaM2: u.areaM2,
      state,
      lease: lease
        ? {
            id: lease.leaseId,
            residentId: lease.residentId,
            organizationName: orgs.get(lease.organizationId)?.name ?? '',
            ...parseRange(lease.period),
          }
        : null,
    };
  });
  return {
    buildingId,
    onDate,
    totalAreaM2: Math.round(totalArea * 100) / 100,
    leasedAreaM2: Math.round(leasedArea * 100) / 100,
    occupancyRate: totalArea > 0 ? Math.round((leasedArea / totalArea) * 10_000) / 10_000 : 0,
    units: items,
  };
}
