import type { LedgerEntry, LedgerQuery } from '@inohub/contracts/zone/benefits';
import type { Db } from '../../../lib/db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { allReportsOf, getResident, plansOf, type ResidentRow } from '../reporting/repo.ts';
import { computeLedgerYears, type ResidentLedgerData } from './ledger-years.ts';
import type { ParamSet } from './params.ts';
import {
  closedYear,
  closedYearOf,
  getTaxProfile,
  type LedgerRow,
  loadParamSet,
  residentsOfYear,
} from './repo.ts';

// The ledger as read: a closed year shows its frozen figures, an open one is computed now.

async function loadLedgerData(
  db: Db,
  resident: ResidentRow,
  params?: ParamSet,
  organizationName?: string,
): Promise<ResidentLedgerData> {
  // One after another: `db` may be a transaction, whose single connection runs one query at a time.
  const reports = await allReportsOf(db, resident.id);
  const plans = await plansOf(db, resident.id);
  const profile = await getTaxProfile(db, resident.id);
  const name =
    organizationName ??
    (await organizationFactsMany(db, [resident.organizationId])).get(resident.organizationId)?.name ??
    '';
  return {
    resident,
    reports,
    plans,
    profile,
    params: params ?? (await loadParamSet(db, resident.zoneId)),
    organizationName: name,
  };
}

/** The entry frozen when the year was closed, marked as such. */
const frozen = (row: LedgerRow): LedgerEntry => ({
  ...(row.entry as unknown as LedgerEntry),
  provisional: false,
  closedAt: row.createdAt.toISOString(),
});

/** The ledger of one resident and year: the closed entry if the year was closed, else computed now. */
export async function residentLedger(db: Db, residentId: string, year: number): Promise<LedgerEntry> {
  const resident = await getResident(db, residentId);
  if (year < Number(resident.since.slice(0, 4))) {
    throw new AppError(
      'not_found',
      'zone.ledger_year_out_of_range',
      `No ledger for ${year}: the resident's status began on ${resident.since}`,
    );
  }
  const closed = await closedYear(db, residentId, year);
  if (closed) return frozen(closed);
  const entries = computeLedgerYears(await loadLedgerData(db, resident), year);
  return entries.find((e) => e.year === year) as LedgerEntry;
}

/** Ledger of every resident of a zone (or all zones) for a year. */
export async function ledgerSummary(db: Db, q: LedgerQuery): Promise<LedgerEntry[]> {
  const residents = await residentsOfYear(db, q.year, q.zoneId);
  const names = await organizationFactsMany(db, [...new Set(residents.map((r) => r.organizationId))]);
  const closedBy = new Map(
    (
      await closedYearOf(
        db,
        q.year,
        residents.map((r) => r.id),
      )
    ).map((f) => [f.residentId, f]),
  );
  // Residents of one zone share its parameters: load them once per zone.
  const paramSets = new Map<string, ParamSet>();
  const out: LedgerEntry[] = [];
  for (const r of residents) {
    const f = closedBy.get(r.id);
    if (f) {
      out.push(frozen(f));
      continue;
    }
    let params = paramSets.get(r.zoneId);
    if (!params) {
      params = await loadParamSet(db, r.zoneId);
      paramSets.set(r.zoneId, params);
    }
    const entries = computeLedgerYears(
      await loadLedgerData(db, r, params, names.get(r.organizationId)?.name ?? ''),
      q.year,
    );
    const e = entries.find((x) => x.year === q.year);
    if (e) out.push(e);
  }
  return out;
}

/** The computed ledger years of a resident up to `toYear` (compliance flag T6 reads the proportionality outcomes). */
export async function ledgerYearsOf(
  db: Db,
  resident: ResidentRow,
  toYear: number,
  params?: ParamSet,
): Promise<LedgerEntry[]> {
  return computeLedgerYears(await loadLedgerData(db, resident, params, ''), toYear);
}
