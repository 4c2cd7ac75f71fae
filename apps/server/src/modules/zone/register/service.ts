import type {
  ResidentDetail,
  ResidentPage,
  ResidentQuery,
  ResidentView,
  StatsView,
  VerifiedView,
} from '@inohub/contracts/zone/register';
import type { Db } from '../../../lib/db/types.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { parseRange, todayInTomsk } from '../common.ts';
import { organizationIdsMatching } from '../directory-port.ts';
import { residentPermissions } from './policy.ts';
import * as repo from './repo.ts';
import { type FactRow, statsOf } from './stats.ts';
import { residentViews } from './views.ts';

// The register of residents (public) and the zone's statistics. Residents are entered in the
// register by the application workflow (applications/register.ts); here they are read and verified.

export type { ResidentRow } from './repo.ts';
/** Other features (leases) read a resident through here; 404 when there is none. */
export { findResident as getResidentRow } from './repo.ts';
export type { FactRow } from './stats.ts';

/** Where the reported facts come from (reporting); null when not available. */
export type FactsSource = ((db: Db) => Promise<FactRow[]>) | null;

/** The public register; `q` matches the organization's name or INN, or the register number. */
export async function listResidents(db: Db, query: ResidentQuery): Promise<ResidentPage> {
  const { q, site, page, pageSize, ...rest } = query;
  const text = q ? { q, organizationIds: await organizationIdsMatching(db, q) } : undefined;
  const { rows, total } = await repo.residentsPage(
    db,
    { ...rest, siteId: site, text },
    { limit: pageSize, offset: (page - 1) * pageSize },
  );
  return { items: await residentViews(db, rows), total, page, pageSize };
}

/**
 * One resident's public page: register entry, agreement, plan by year, premises leased today,
 * and what the viewer (anyone, signed in or not) may do with its leases.
 */
export async function residentDetail(
  db: Db,
  principal: Principal | null,
  id: string,
): Promise<ResidentDetail> {
  const row = await repo.findResident(db, id);
  const [view] = await residentViews(db, [row]);
  const plans = await repo.plansOf(db, id);
  const premises = await repo.premisesOn(db, id, todayInTomsk());
  return {
    ...(view as ResidentView),
    agreementNumber: row.agreementNumber,
    agreementDate: row.agreementDate,
    terminatedOn: row.terminatedOn,
    terminatedReason: row.terminatedReason,
    plans: plans.map(({ year, capexKopecks, rndKopecks, jobs, revenueKopecks }) => ({
      year,
      capexKopecks,
      rndKopecks,
      jobs,
      revenueKopecks,
    })),
    premises: premises.map(({ period, ...p }) => ({ ...p, ...parseRange(period) })),
    ...(await residentPermissions(db, principal, row)),
  };
}

/** A zone administrator vouches for the entry today ("last verified" on the public page). */
export async function verifyResident(db: Db, audit: AuditContext, id: string): Promise<VerifiedView> {
  const row = await repo.markVerified(db, id);
  await recordAudit(db, audit, {
    action: 'zone.resident_verified',
    objectType: 'zone_resident',
    objectId: id,
  });
  return { id: row.id, verifiedAt: row.verifiedAt };
}

/** Public statistics of one zone (or all): see stats.ts for how plan and fact are compared. */
export async function zoneStats(db: Db, zoneId: string | undefined, facts: FactsSource): Promise<StatsView> {
  return statsOf({
    byStatus: await repo.countsByStatus(db, zoneId),
    byYear: await repo.countsByYearOfAdmission(db, zoneId),
    shares: await repo.currentShares(db, zoneId),
    plans: await repo.planYears(db, zoneId),
    facts: facts ? { residentIds: await repo.residentIds(db, zoneId), rows: await facts(db) } : null,
    thisYear: Number(todayInTomsk().slice(0, 4)),
  });
}
