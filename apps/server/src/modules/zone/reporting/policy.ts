import type { Db } from '../../../lib/db/types.ts';
import { forbidden } from '../../../lib/errors.ts';
import { hasRole, type Principal } from '../../../lib/http/access.ts';
import { isOrganizationMember } from '../directory-port.ts';
import { getReport, getResident, type ReportRow, type ResidentRow } from './repo.ts';

/** Who reads a resident's reports, ledger and plan-vs-fact: zone administrators, analysts, and members of its organization. */
export async function assertCanReadResident(
  db: Db,
  principal: Principal,
  resident: { organizationId: string },
): Promise<void> {
  if (hasRole(principal, 'zone_admin', 'analyst')) return;
  if (await isOrganizationMember(db, resident.organizationId, principal.userId)) return;
  throw forbidden(
    'Only the resident’s members, zone administrators and analysts may see this',
    'zone.not_member',
  );
}

/** Who fills in and submits a report: members of the resident's organization only (not its reviewers). */
export async function assertCanFileReport(
  db: Db,
  principal: Principal,
  resident: { organizationId: string },
): Promise<void> {
  if (await isOrganizationMember(db, resident.organizationId, principal.userId)) return;
  throw forbidden('Only members of the resident’s organization may file its reports', 'zone.not_member');
}

/** The resident, if the caller may read its records (404 before 403). */
export async function readableResident(
  db: Db,
  principal: Principal,
  residentId: string,
): Promise<ResidentRow> {
  const resident = await getResident(db, residentId);
  await assertCanReadResident(db, principal, resident);
  return resident;
}

/** The report, if the caller may read its resident's records (404 before 403). */
export async function readableReport(db: Db, principal: Principal, reportId: string): Promise<ReportRow> {
  const report = await getReport(db, reportId);
  await assertCanReadResident(db, principal, await getResident(db, report.residentId));
  return report;
}

/** The report, if the caller may file it (404 before 403). */
export async function fileableReport(db: Db, principal: Principal, reportId: string): Promise<ReportRow> {
  const report = await getReport(db, reportId);
  await assertCanFileReport(db, principal, await getResident(db, report.residentId));
  return report;
}
