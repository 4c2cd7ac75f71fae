import type { ApplicationAction, ApplicationState } from '@inohub/contracts/zone/applications';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict } from '../../../lib/errors.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { isMemberOf, isZoneAdmin } from '../policy.ts';
import { type Actor, allowedActions, EDITABLE_STATES } from './state-machine.ts';

// Who may do what with one application. Route-level roles sit on the routes; these are the
// record-level rules, and the UI receives their answers (`editable`, `allowedActions`).

/** The roles the caller plays for this application: none means it is not theirs to see. */
export async function actorsOf(
  db: Db,
  principal: Principal | null,
  app: { organizationId: string },
): Promise<Actor[]> {
  const actors: Actor[] = [];
  if (await isMemberOf(db, principal, app.organizationId)) actors.push('applicant');
  if (isZoneAdmin(principal)) actors.push('zone_admin');
  return actors;
}

/** Only the applicant edits, and only a draft or an application sent back for revision. */
export function isEditable(state: ApplicationState, actors: readonly Actor[]): boolean {
  return actors.includes('applicant') && EDITABLE_STATES.includes(state);
}

/** Refuses a change to the draft or its documents (`what` says which, for the message). */
export function assertEditable(state: ApplicationState, actors: readonly Actor[], what: string): void {
  if (!actors.includes('applicant'))
    throw new AppError('forbidden', 'zone.not_member', `Only the applicant ${what}`);
  if (!EDITABLE_STATES.includes(state))
    throw conflict('zone.not_editable', `An application in state ${state} cannot be edited`);
}

/**
 * Actions the viewer may take now. Four eyes: an administrator who has approved in the current
 * stage and round waits for another one, so "approve" is not offered to them a second time.
 */
export function actionsForViewer(
  state: ApplicationState,
  actors: readonly Actor[],
  viewerId: string,
  approvalsInStage: readonly string[],
): ApplicationAction[] {
  const alreadyApproved = approvalsInStage.includes(viewerId);
  return allowedActions(state, actors).filter((a) => !(a === 'approve' && alreadyApproved));
}
