import {
  APPROVALS_PER_STAGE,
  type ApplicationState,
  type ApprovalStage,
} from '@inohub/contracts/zone/applications';
import type { Db } from '../../../lib/db/types.ts';
import { conflict } from '../../../lib/errors.ts';
import { recordAudit } from '../../identity/index.ts';
import type { ServiceDeps } from './access.ts';
import { notifyApplicant } from './notify.ts';
import {
  type ApplicationRow,
  countApprovals,
  countEntriesInto,
  insertApproval,
  insertEvent,
} from './repo.ts';

// Four eyes (docs/domain/zone.md, "Four-eyes rule"): the board's, the council's and an amendment's
// approval each need two distinct zone administrators. The first approval is recorded and the state
// stays; the second one lets the transition go ahead.

/** The review round of a stage: it starts over each time the application re-enters the stage. */
export async function currentRound(db: Db, applicationId: string, stage: ApplicationState): Promise<number> {
  return Math.max(1, await countEntriesInto(db, applicationId, stage));
}

/**
 * Records the caller's approval. True when it is the second one (the decision is taken);
 * false when it is the first (recorded, audited and mailed, the state unchanged).
 */
export async function recordApproval(
  db: Db,
  deps: ServiceDeps,
  app: ApplicationRow,
  comment: string | undefined,
): Promise<boolean> {
  const stage = app.state as ApprovalStage;
  const round = await currentRound(db, app.id, stage);
  const adminId = deps.principal.userId;
  if (!(await insertApproval(db, { applicationId: app.id, stage, round, adminId, comment })))
    throw conflict(
      'zone.already_approved',
      'You have already approved this stage; a second administrator must approve',
    );
  if ((await countApprovals(db, app.id, stage, round)) >= APPROVALS_PER_STAGE) return true;
  await insertEvent(db, {
    applicationId: app.id,
    action: 'approval_recorded',
    fromState: app.state,
    toState: app.state,
    actorId: adminId,
    comment: comment ?? null,
    details: { stage, round },
  });
  await recordAudit(db, deps.audit, {
    action: 'zone.application_approval_recorded',
    objectType: 'zone_application',
    objectId: app.id,
    details: { stage, round },
  });
  await notifyApplicant(db, deps, app, app.state, comment ?? null, true);
  return false;
}

/** Administrators who approved the application's current stage in its current round. */
export function approversInStage(
  approvals: ReadonlyArray<{ stage: string; round: number; adminId: string }>,
  state: ApplicationState,
  round: number,
): string[] {
  return approvals.filter((x) => x.stage === state && x.round === round).map((x) => x.adminId);
}
