import type { ActionBody } from '@inohub/contracts/zone/applications';
import type { Db } from '../../../lib/db/types.ts';
import { organizationFacts } from '../directory-port.ts';
import { effectivePermittedActivities } from '../eligibility/service.ts';
import {
  type ApplicationRow,
  countResidents,
  insertResident,
  insertResidentPlans,
  siteOfUnit,
} from './repo.ts';

/**
 * The `register` action's effect: enters the organization of an application with a signed
 * agreement in the register of residents (entry and certificate numbers, the agreement, the
 * business plan by year). Returns the resident's id.
 */
export async function registerResident(
  db: Db,
  app: ApplicationRow,
  input: ActionBody,
  onDate: string,
): Promise<string> {
  const org = await organizationFacts(db, app.organizationId);
  const permitted = await effectivePermittedActivities(db, app.zoneId, onDate);
  // A resident counts as IT when one of its declared activities is an IT one (register statistics).
  const isIt = permitted.some((a) => a.isIt && app.declaredActivities.includes(a.code));
  // The site defaults to the one of the first requested unit.
  const firstUnit = app.requestedUnitIds[0];
  const siteId = input.siteId ?? (firstUnit ? await siteOfUnit(db, firstUnit) : null);
  // Numbers given by the administrator win; otherwise the next in the zone's sequence.
  const seq = (await countResidents(db, app.zoneId)) + 1;
  const since = input.since ?? onDate;
  const residentId = await insertResident(db, {
    zoneId: app.zoneId,
    organizationId: app.organizationId,
    applicationId: app.id,
    siteId,
    status: 'registered',
    registerNumber: input.registerNumber ?? `ТВ-${String(seq).padStart(4, '0')}`,
    certificateNumber: input.certificateNumber ?? `${since.slice(0, 4)}-${String(seq).padStart(4, '0')}`,
    agreementNumber: app.agreementNumber,
    agreementDate: app.agreementDate,
    since,
    activities: app.declaredActivities,
    // A snapshot: later changes of the organization's capital do not rewrite the register.
    foreignCapitalPercent: org.foreignCapitalPercent,
    isIt,
    verifiedAt: new Date(),
  });
  await insertResidentPlans(
    db,
    app.investmentPlan.map((p) => ({ residentId, ...p })),
  );
  return residentId;
}
