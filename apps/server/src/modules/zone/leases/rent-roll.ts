import type { RentRollLocale } from '@inohub/contracts/zone/leases';
import ExcelJS from 'exceljs';
import type { Db } from '../../../lib/db/types.ts';
import { neutralizeCell } from '../../../lib/spreadsheet-safety.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { parseRange } from '../common.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { leasesInForce } from './repo.ts';

// The rent roll: leases in force on a date, unit by unit, as a spreadsheet for the zone's office.

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

/** Leases in force on a date, unit by unit, money in roubles. */
export async function rentRoll(db: Db, onDate: string): Promise<RentRollRow[]> {
  const rows = await leasesInForce(db, onDate);
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

const HEADERS: Record<RentRollLocale, string[]> = {
  en: [
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
  ],
  ru: [
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
  ],
};

/** The rent roll as XLSX; every text cell is formula-neutralised (' before = + - @). */
export async function rentRollXlsx(db: Db, onDate: string, locale: RentRollLocale): Promise<Buffer> {
  const rows = await rentRoll(db, onDate);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Inohub';
  const ws = wb.addWorksheet(locale === 'en' ? 'Rent roll' : 'Арендный реестр');
  ws.addRow(HEADERS[locale]).font = { bold: true };
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

/**
 * The rent roll for download. The export is audited: who took the tenants' rents out of the
 * system, and when (as for the ledger export).
 */
export async function exportRentRoll(
  db: Db,
  audit: AuditContext,
  onDate: string,
  locale: RentRollLocale,
): Promise<Buffer> {
  const buf = await rentRollXlsx(db, onDate, locale);
  await recordAudit(db, audit, {
    action: 'zone.rent_roll.export',
    objectType: 'zone_lease',
    objectId: null,
    details: { on: onDate, locale },
  });
  return buf;
}
