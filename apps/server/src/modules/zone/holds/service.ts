import type { HoldBody, HoldView } from '@inohub/contracts/zone/space';
import type { Db } from '../../../lib/db/types.ts';
import type { Principal } from '../../../lib/http/access.ts';
import type { AuditContext } from '../../identity/index.ts';
import { applicationForViewer } from '../applications/access.ts';
import { createHold, findHold, holdsOfApplication, holdView, releaseHold } from '../space/service.ts';
import { assertMayHoldUnits } from './policy.ts';

// Holds of units for a residency application: the application decides who may see and make
// them, space keeps the unit free. This feature sits above both, so neither imports the other.

/** Holds of an application its viewer may see (others get 404 from the application). */
export async function holdsForViewer(
  db: Db,
  principal: Principal,
  applicationId: string,
): Promise<HoldView[]> {
  await applicationForViewer(db, principal, applicationId);
  return (await holdsOfApplication(db, applicationId)).map((h) => holdView(h));
}

/** Holds a unit for the application; the application row is locked so its state cannot move meanwhile. */
export async function holdUnit(
  db: Db,
  principal: Principal,
  audit: AuditContext,
  applicationId: string,
  input: HoldBody,
): Promise<HoldView> {
  const { app, actors } = await applicationForViewer(db, principal, applicationId, true);
  assertMayHoldUnits(app.state, actors);
  return holdView(await createHold(db, audit, app, input));
}

/** Releases a hold; whoever may see its application may release it. */
export async function releaseHoldForViewer(
  db: Db,
  principal: Principal,
  audit: AuditContext,
  holdId: string,
): Promise<HoldView> {
  const hold = await findHold(db, holdId);
  await applicationForViewer(db, principal, hold.applicationId);
  return holdView(await releaseHold(db, audit, hold.id));
}
