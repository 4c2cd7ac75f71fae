import type { LeasePage, LeaseQuery, LeaseView } from '@inohub/contracts/zone/leases';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { parseRange } from '../common.ts';
import { assertMemberOrZoneAdmin } from '../policy.ts';
import { getResidentRow } from '../register/service.ts';
import { findLease, type LeaseRow, leasesPage, unitsForList } from './repo.ts';

// Leases of units by residents: reads here, the operations in create-lease.ts and end-lease.ts,
// the rent roll in rent-roll.ts.

export { createLease } from './create-lease.ts';
export { endLease } from './end-lease.ts';
export { exportRentRoll, rentRoll, rentRollXlsx } from './rent-roll.ts';
export type { LeaseRow } from './repo.ts';

/** A lease as the API shows it: inclusive start and end dates. */
export function leaseView(l: LeaseRow): LeaseView {
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
}

/** A lease its resident's members or a zone administrator may see; to others it does not exist. */
export async function leaseForViewer(db: Db, principal: Principal, id: string): Promise<LeaseView> {
  const row = await findLease(db, id);
  const resident = await getResidentRow(db, row.residentId);
  try {
    await assertMemberOrZoneAdmin(db, principal, resident.organizationId);
  } catch {
    throw notFound('lease', 'zone.lease_not_found');
  }
  return leaseView(row);
}

/** A page of leases, each with the unit it is for. */
export async function listLeases(db: Db, q: LeaseQuery): Promise<LeasePage> {
  const { page, pageSize, ...filter } = q;
  const { rows, total } = await leasesPage(db, filter, { limit: pageSize, offset: (page - 1) * pageSize });
  const unitOf = await unitsForList(db, [...new Set(rows.map((r) => r.unitId))]);
  return {
    items: rows.map((r) => ({ ...leaseView(r), unit: unitOf.get(r.unitId) ?? null })),
    total,
    page,
    pageSize,
  };
}

/** A resident's leases, for its members or a zone administrator (the resident itself is public). */
export async function residentLeases(
  db: Db,
  principal: Principal,
  residentId: string,
  page: { page: number; pageSize: number },
): Promise<LeasePage> {
  const resident = await getResidentRow(db, residentId);
  await assertMemberOrZoneAdmin(db, principal, resident.organizationId);
  return listLeases(db, { residentId: resident.id, ...page });
}
