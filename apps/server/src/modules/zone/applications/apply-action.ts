import type { ActionBody, ApplicationAction } from '@inohub/contracts/zone/applications';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict } from '../../../lib/errors.ts';
import { recordAudit } from '../../identity/index.ts';
import { addWorkingDays, todayInTomsk } from '../common.ts';
import type { RuleResult } from '../eligibility/rules.ts';
import { slaDays } from '../eligibility/service.ts';
import { assertNoOverdueReports } from '../reporting/index.ts';
import { applicationForViewer, type ServiceDeps } from './access.ts';
import { assertInput, columnsOf, runAfterEffects } from './effects.ts';
import { assertEligible } from './evaluate.ts';
import { recordApproval } from './four-eyes.ts';
import { notifyApplicant } from './notify.ts';
import { registerResident } from './register.ts';
import {
  type ApplicationRow,
  type ApplicationValues,
  insertEvent,
  updateApplicationInState,
} from './repo.ts';
import { type Actor, allowedActions, findTransition, someoneMay, type Transition } from './state-machine.ts';

export interface ActionOutcome {
  application: ApplicationRow;
  actors: Actor[];
  /** False when a four-eyes approval was recorded but the decision still needs a second one. */
  decided: boolean;
  eligibility?: RuleResult[];
}

/** The caller's transition, or the refusal: 403 when another role could, 409 when nobody can. */
function transitionOrRefuse(app: ApplicationRow, action: ApplicationAction, actors: Actor[]): Transition {
  const transition = findTransition(app.state, action, actors);
  if (transition) return transition;
  if (someoneMay(app.state, action))
    throw new AppError(
      'forbidden',
      'zone.action_forbidden',
      `Your role may not ${action} an application in state ${app.state}`,
    );
  throw conflict('zone.transition_not_allowed', `Action ${action} is not possible in state ${app.state}`, [
    {
      field: 'action',
      message: `allowed: ${allowedActions(app.state, actors).join(', ') || 'none'}`,
      code: 'transition_not_allowed',
    },
  ]);
}

/**
 * Takes one workflow action (the table in state-machine.ts). The application row is locked
 * (SELECT … FOR UPDATE) and the update is conditional on the state read, so two concurrent
 * decisions cannot both take effect. Order: refuse → gates and input → eligibility → four eyes →
 * move (with the SLA timer of the new state) → effects → history, audit, mail.
 */
export async function applyAction(
  db: Db,
  deps: ServiceDeps,
  id: string,
  action: ApplicationAction,
  input: ActionBody,
): Promise<ActionOutcome> {
  const { app, actors } = await applicationForViewer(db, deps.principal, id, true);
  const transition = transitionOrRefuse(app, action, actors);
  const effects = transition.effects ?? [];
  const onDate = todayInTomsk();

  if (transition.needsNoOverdueReports && app.residentId) await assertNoOverdueReports(db, app.residentId);
  assertInput(transition.needs, input);
  const eligibility = transition.eligibility ? await assertEligible(db, app) : undefined;
  if (transition.fourEyes && !(await recordApproval(db, deps, app, input.comment)))
    return { application: app, actors, decided: false };

  const to = transition.to;
  const days = await slaDays(db, app.zoneId, to, onDate);
  const values: ApplicationValues = {
    state: to,
    stateEnteredAt: new Date(),
    stateDueOn: days ? await addWorkingDays(db, onDate, days) : null,
    updatedAt: new Date(),
    ...columnsOf(effects, input),
  };
  if (eligibility) values.eligibility = eligibility;
  if (effects.includes('create_resident')) values.residentId = await registerResident(db, app, input, onDate);

  const updated = await updateApplicationInState(db, app.id, app.state, values);
  if (!updated) throw conflict('zone.state_changed', 'The application changed meanwhile; reload it');
  await runAfterEffects(
    db,
    effects,
    { applicationId: app.id, residentId: updated.residentId, to },
    input,
    onDate,
  );

  await insertEvent(db, {
    applicationId: app.id,
    action,
    fromState: app.state,
    toState: to,
    actorId: deps.principal.userId,
    comment: input.comment ?? null,
    details: {
      ...(input.reason ? { reason: input.reason } : {}),
      ...(effects.includes('create_resident') ? { residentId: updated.residentId } : {}),
    },
  });
  await recordAudit(db, deps.audit, {
    action: `zone.application_${action}`,
    objectType: 'zone_application',
    objectId: app.id,
    details: { from: app.state, to },
  });
  await notifyApplicant(db, deps, updated, to, input.comment ?? null, false);
  return { application: updated, actors, decided: true, eligibility };
}
