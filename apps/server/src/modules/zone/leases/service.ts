import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Db } from '../../../lib/db/types.ts';
import { conflict, fromDatabaseError, notFound, unprocessable } from '../../../lib/errors.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { neutralizeCell, parseRange, rangeOf } from '../common.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { assertNoOverdueReports } from '../gates.ts';
import { assertMemberOrZoneAdmin } from '../policy.ts';
import {
  zoneApplications,
  zoneBuildings,
  zoneLeases,
  zoneResidents,
  zoneSites,
  zoneUnitHolds,
  zoneUnits,
} from '../zone.tables.ts';

export type LeaseRow = typeof zoneLeases.$inferSelect;

export const leaseView = (l: LeaseRow) => {
  const { from, to } = parseRange(l.period);
  return {
    id: l.id,
    unitId: l.unitId,
    residentId: l.residentId,
    startDate: from,
    endDate: to,
    monthlyRatePerM2Kopecks: l.monthlyRatePerM2Kopecks,
    monthlyRentKopecks: l.monthlyRentKopecks,
    currency: l.currency,
    status: l.status,
    createdAt: l.createdAt,
  };
};

async function getResident(db: Db, id: string) {
  const [row] = await db.select().from(zoneResidents).where(eq(zoneResidents.id, id));
  if (!row) throw notFound('resident', 'zone.resident_not_found');
  return row;
}

export interface LeaseInput {
  unitId: string;
  residentId: string;
  startDate: string;
  endDate: string;
  monthlyRatePerM2Kopecks?: number;
}

/**
 * Leases a unit to a resident. Overlaps with another lease of the unit are refused by the
 * database (EXCLUDE USING gist): of any number of concurrent requests for one unit and period,
 * exactly one succeeds. A live hold of another applicant's application also refuses it.
 */
export async function createLease(
  db: Db,
  principal: Principal,
  audit: AuditContext,
  input: LeaseInput,
): Promise<LeaseRow> {
  if (input.endDate < input.startDate)
    throw unprocessable('zone.lease_dates', 'The lease must end after it starts', [
      { field: 'endDate', message: 'is before startDate' },
    ]);
  const resident = await getResident(db, input.residentId);
  await assertMemberOrZoneAdmin(db, principal, resident.organizationId);
  if (resident.status === 'terminated')
    throw conflict('zone.resident_terminated', 'A terminated resident cannot lease premises');
  await assertNoOverdueReports(db, resident.id);
  const [unit] = await db.select().from(zoneUnits).where(eq(zoneUnits.id, input.unitId));
  if (!unit) throw notFound('unit', 'zone.unit_not_found');
  if (unit.status !== 'available')
    throw conflict('zone.unit_not_available', 'The unit is not available for lease');
  const range = rangeOf(input.startDate, input.endDate);
  const ownApplications = db
    .select({ id: zoneApplications.id })
    .from(zoneApplications)
    .where(eq(zoneApplications.organizationId, resident.organizationId));
  const [held] = await db
    .select({ id: zoneUnitHolds.id })
    .from(zoneUnitHolds)
    .where(
      and(
        eq(zoneUnitHolds.unitId, unit.id),
        isNull(zoneUnitHolds.releasedAt),
        sql`${zoneUnitHolds.expiresAt} > now()`,
        sql`${zoneUnitHolds.period} && ${range}::daterange`,
        sql`${zoneUnitHolds.applicationId} not in ${ownApplications}`,
      ),
    );
  if (held) throw conflict('zone.unit_held', 'The unit is held for another application on these dates');
  const rate = input.monthlyRatePerM2Kopecks ?? unit.monthlyRatePerM2Kopecks;
  let row: LeaseRow | undefined;
  try {
    [row] = await db
      .insert(zoneLeases)
      .values({
        unitId: unit.id,
        residentId: resident.id,
        period: range,
        monthlyRatePerM2Kopecks: rate,
        monthlyRentKopecks: Math.round(unit.areaM2 * rate),
        createdBy: principal.userId,
      })
      .returning();
  } catch (err) {
    const mapped = fromDatabaseError(err);
    if (mapped?.code === 'db.exclusion_violation') {
      throw conflict('zone.lease_overlaps', 'The unit is already leased for some of these dates', [
        { field: 'unitId', message: 'is leased on overlapping dates', code: 'lease_overlaps' },
      ]);
    }
    throw err;
  }
  if (!row) throw new Error('insert returned nothing');
  // The resident's own holds on this unit have served their purpose.
  await db
    .update(zoneUnitHolds)
    .set({ releasedAt: new Date(), updatedAt: new Date() })
    .where(
      and(
        eq(zoneUnitHolds.unitId, unit.id),
        isNull(zoneUnitHolds.releasedAt),
        sql`${zoneUnitHolds.applicationId} in ${ownApplications}`,
      ),
    );
  await recordAudit(db, audit, {
    action: 'zone.lease_created',
    objectType: 'zone_lease',
    objectId: row.id,
    details: { unitId: unit.id, residentId: resident.id, period: range },
  });
  return row;
}

export async function getLease(db: Db, principal: Principal, id: string): Promise<LeaseRow> {
  const [row] = await db.select().from(zoneLeases).where(eq(zoneLeases.id, id));
  if (!row) throw notFound('lease', 'zone.lease_not_found');
  const resident = await getResident(db, row.residentId);
  try {
    await assertMemberOrZoneAdmin(db, principal, resident.organizationId);
  } catch {
    throw notFound('lease', 'zone.lease_not_found');
  }
  return row;
}

/** Ends a lease on `endDate` (inclusive); a lease ended before it starts is cancelled. */
export async function endLease(db: Db, audit: AuditContext, id: string, endDate: string): Promise<LeaseRow> {
  const [lease] = await db.select().from(zoneLeases).where(eq(zoneLeases.id, id)).for('update');
  if (!lease) throw notFound('lease', 'zone.lease_not_found');
  if (lease.status !== 'active') throw conflict('zone.lease_not_active', 'The lease is already cancelled');
  const { from, to } = parseRange(lease.period);
  if (endDate > to)
    throw unprocessable('zone.lease_extend', 'Ending a lease cannot extend it; create a new lease', [
      { field: 'endDate', message: 'is after the current end' },
    ]);
  const cancelled = endDate < from;
  const [row] = await db
    .update(zoneLeases)
    .set(
      cancelled
        ? { status: 'terminated', updatedAt: new Date() }
        : { period: rangeOf(from, endDate), updatedAt: new Date() },
    )
    .where(eq(zoneLeases.id, id))
    .returning();
  if (!row) throw notFound('lease', 'zone.lease_not_found');
  await recordAudit(db, audit, {
    action: cancelled ? 'zone.lease_cancelled' : 'zone.lease_ended',
    objectType: 'zone_lease',
    objectId: id,
    details: { endDate },
  });
  return row;
}

export interface LeaseQuery {
  residentId?: string;
  unitId?: string;
  buildingId?: string;
  activeOn?: string;
  page: number;
  pageSize: number;
}

export async function listLeases(db: Db, q: LeaseQuery) {
  const conditions: SQL[] = [];
  if (q.residentId) conditions.push(eq(zoneLeases.residentId, q.residentId));
  if (q.unitId) conditions.push(eq(zoneLeases.unitId, q.unitId));
  if (q.buildingId)
    conditions.push(
      inArray(
        zoneLeases.unitId,
        db.select({ id: zoneUnits.id }).from(zoneUnits).where(eq(zoneUnits.buildingId, q.buildingId)),
      ),
    );
  if (q.activeOn)
    conditions.push(eq(zoneLeases.status, 'active'), sql`${zoneLeases.period} @> ${q.activeOn}::date`);
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await db
    .select()
    .from(zoneLeases)
    .where(where)
    .orderBy(desc(sql`lower(${zoneLeases.period})`), zoneLeases.id)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(zoneLeases).where(where);
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
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
  const unitOf = new Map(units.map(({ id, ...u }) => [id, u]));
  return {
    items: rows.map((r) => ({ ...leaseView(r), unit: unitOf.get(r.unitId) ?? null })),
    total: total?.n ?? 0,
  };
}

export interface RentRollRow {
  site: string;
  building: string;
  unit: string;
  kind: string;
  floor: number;
  areaM2: number;
  resident: string;
  inn: string;
  registerNumber: string;
  startDate: string;
  endDate: string;
  ratePerM2Rub: number;
  monthlyRentRub: number;
}

/** Leases in force on a date, unit by unit. */
export async function rentRoll(db: Db, onDate: string): Promise<RentRollRow[]> {
  const rows = await db
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
  const orgs = await organizationFactsMany(db, [...new Set(rows.map((r) => r.organizationId))]);
  return rows.map((r) => {
    const { from, to } = parseRange(r.period);
    const org = orgs.get(r.organizationId);
    return {
      site: r.site,
      building: r.building,
      unit: r.unit,
      kind: r.kind,
      floor: r.floor,
      areaM2: r.areaM2,
      resident: org?.name ?? '',
      inn: org?.inn ?? '',
      registerNumber: r.registerNumber,
      startDate: from,
      endDate: to,
      ratePerM2Rub: r.rate / 100,
      monthlyRentRub: r.rent / 100,
    };
  });
}

const KIND_RU: Record<string, string> = { office: 'офис', lab: 'лаборатория', production: 'производство' };

/** The rent roll as XLSX; every text cell is formula-neutralised (' before = + - @). */
export async function rentRollXlsx(db: Db, onDate: string, locale: 'ru' | 'en'): Promise<Buffer> {
  const rows = await rentRoll(db, onDate);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Inohub';
  const ws = wb.addWorksheet(locale === 'en' ? 'Rent roll' : 'Арендный реестр');
  const headers =
    locale === 'en'
      ? [
          'Site',
          'Building',
          'Unit',
          'Type',
          'Floor',
          'Area, m²',
          'Resident',
          'INN',
          'Register no.',
          'Start',
          'End',
          'Rate, RUB/m²/month',
          'Rent, RUB/month',
        ]
      : [
          'Площадка',
          'Здание',
          'Помещение',
          'Тип',
          'Этаж',
          'Площадь, м²',
          'Резидент',
          'ИНН',
          'Номер в реестре',
          'Начало',
          'Окончание',
          'Ставка, руб./м² в месяц',
          'Аренда, руб. в месяц',
        ];
  ws.addRow(headers).font = { bold: true };
  for (const r of rows) {
    ws.addRow([
      neutralizeCell(r.site),
      neutralizeCell(r.building),
      neutralizeCell(r.unit),
      neutralizeCell(locale === 'en' ? r.kind : (KIND_RU[r.kind] ?? r.kind)),
      r.floor,
      r.areaM2,
      neutralizeCell(r.resident),
      neutralizeCell(r.inn),
      neutralizeCell(r.registerNumber),
      r.startDate,
      r.endDate,
      r.ratePerM2Rub,
      r.monthlyRentRub,
    ]);
  }
  ws.columns.forEach((c) => {
    c.width = 16;
  });
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer);
}
