import type {
  ApplicationDetailView,
  ApplicationListItem,
  ApplicationPage,
  MyApplicationsQuery,
  ReviewQueueQuery,
} from '@inohub/contracts/zone/applications';
import type { Db } from '../../../lib/db/types.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { todayInTomsk } from '../common.ts';
import { organizationFacts, organizationFactsMany, organizationIdsOfUser } from '../directory-port.ts';
import { applicationForViewer } from './access.ts';
import { type Evaluation, evaluate } from './evaluate.ts';
import { approversInStage, currentRound } from './four-eyes.ts';
import { actionsForViewer, isEditable } from './policy.ts';
import { toDocumentView, toView } from './present.ts';
import * as repo from './repo.ts';
import { AWAITING_ADMIN_STATES } from './state-machine.ts';

// The applications feature's service: the reads here, each write in its own file (re-exported
// below), so that routes import one module and call one function.

export { applicationForViewer, type ServiceDeps } from './access.ts';
export { applyAction } from './apply-action.ts';
export { addDocument, DOCUMENT_MAX_BYTES, documentFor, removeDocument } from './documents.ts';
export { createApplication, saveDraft } from './drafts.ts';
export type { ApplicationRow } from './repo.ts';

/**
 * An application with documents, history and approvals, as the caller sees it (applicant or zone
 * admin, else 404). Residency records are read under audit: who read which business plan, when.
 */
export async function readApplication(
  db: Db,
  principal: Principal,
  audit: AuditContext,
  id: string,
): Promise<ApplicationDetailView> {
  const { app, actors } = await applicationForViewer(db, principal, id);
  const [docs, history, approvals, org, round] = await Promise.all([
    repo.documentsOf(db, id),
    repo.eventsOf(db, id),
    repo.approvalsOf(db, id),
    organizationFacts(db, app.organizationId),
    currentRound(db, id, app.state),
  ]);
  const approvalsInStage = approversInStage(approvals, app.state, round);
  await recordAudit(db, audit, {
    action: 'zone.application.read',
    objectType: 'zone_application',
    objectId: app.id,
  });
  return {
    ...toView(app, isEditable(app.state, actors)),
    organizationName: org.name,
    allowedActions: actionsForViewer(app.state, actors, principal.userId, approvalsInStage),
    approvalsInStage,
    documents: docs.map(toDocumentView),
    history,
    approvals,
  };
}

/** Runs the eligibility rules without submitting (applicant or zone admin). */
export async function checkEligibility(db: Db, principal: Principal, id: string): Promise<Evaluation> {
  const { app } = await applicationForViewer(db, principal, id);
  return evaluate(db, app);
}

/** Applications of the caller's organizations, drafts included. */
export async function listMine(
  db: Db,
  principal: Principal,
  q: MyApplicationsQuery,
): Promise<ApplicationPage> {
  const orgIds = await organizationIdsOfUser(db, principal.userId);
  if (orgIds.length === 0) return { items: [], total: 0, ...q };
  return { ...(await listPage(db, orgIds, { organizationIds: orgIds, ...q })), ...q };
}

/** The reviewer queue: awaiting a decision (default), every state but draft ("all") or one state. */
export async function reviewQueue(
  db: Db,
  principal: Principal,
  q: ReviewQueueQuery,
): Promise<ApplicationPage> {
  const { state, page, pageSize, ...filter } = q;
  const states = state === 'awaiting' ? { states: AWAITING_ADMIN_STATES } : state === 'all' ? {} : { state };
  const orgIds = await organizationIdsOfUser(db, principal.userId);
  return { ...(await listPage(db, orgIds, { ...filter, ...states, page, pageSize })), page, pageSize };
}

/** A page of list items; `viewerOrgIds` decide `editable` (only the applicant's members edit). */
async function listPage(
  db: Db,
  viewerOrgIds: readonly string[],
  filter: Omit<repo.ListFilter, 'today'>,
): Promise<{ items: ApplicationListItem[]; total: number }> {
  const { rows, total } = await repo.listApplications(db, { ...filter, today: todayInTomsk() });
  const orgs = await organizationFactsMany(db, [...new Set(rows.map((r) => r.organizationId))]);
  const approvals = await repo.approvalsOfMany(
    db,
    rows.map((r) => r.id),
  );
  const items = await Promise.all(
    rows.map(async (r) => {
      const round = await currentRound(db, r.id, r.state);
      const org = orgs.get(r.organizationId);
      const applicant = viewerOrgIds.includes(r.organizationId);
      return {
        ...toView(r, isEditable(r.state, applicant ? ['applicant'] : [])),
        organizationName: org?.name ?? '',
        organizationNameEn: org?.nameEn ?? null,
        approvalsInStage: approversInStage(
          approvals.filter((a) => a.applicationId === r.id),
          r.state,
          round,
        ),
      };
    }),
  );
  return { items, total };
}
