import { and, asc, count, desc, eq, inArray, isNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict, notFound, unprocessable } from '../../../lib/errors.ts';
import type { FileStore } from '../../../lib/files/file-store.ts';
import type { Principal } from '../../../lib/http/access.ts';
import type { Mailer } from '../../../lib/mail/mailer.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { addWorkingDays, todayInTomsk } from '../common.ts';
import { memberRecipients, organizationFacts, organizationFactsMany } from '../directory-port.ts';
import { evaluateEligibility, type RuleResult } from '../eligibility/rules.ts';
import { effectivePermittedActivities, effectiveRules, slaDays } from '../eligibility/service.ts';
import { assertNoOverdueReports, startReporting } from '../gates.ts';
import { isMemberOf, isZoneAdmin } from '../policy.ts';
import { freeAreaMatches } from '../space/service.ts';
import {
  type ApplicationDocumentKind,
  type ApplicationState,
  type InvestmentPlanYear,
  type TerminationReason,
  type UnitKind,
  zoneApplicationApprovals,
  zoneApplicationDocuments,
  zoneApplicationEvents,
  zoneApplications,
  zoneBuildings,
  zoneResidentPlans,
  zoneResidents,
  zones,
  zoneUnitHolds,
  zoneUnits,
} from '../zone.tables.ts';
import { applicationTransitionTemplate } from './mail.ts';
import {
  type Actor,
  type ApplicationAction,
  type ApprovalStage,
  allowedActions,
  EDITABLE_STATES,
  findTransition,
  TRANSITIONS,
} from './state-machine.ts';

export type ApplicationRow = typeof zoneApplications.$inferSelect;

export interface ServiceDeps {
  audit: AuditContext;
  principal: Principal;
  mailer: Mailer;
  baseUrl: string;
}

/** Organization kinds that may apply (commercial organizations; E1 then checks the legal form). */
const APPLICANT_KINDS = ['company', 'startup', 'corporation'];

export async function loadApplication(db: Db, id: string, lock = false): Promise<ApplicationRow> {
  const q = db.select().from(zoneApplications).where(eq(zoneApplications.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('application', 'zone.application_not_found');
  return row;
}

export async function actorsOf(db: Db, principal: Principal | null, app: ApplicationRow): Promise<Actor[]> {
  const actors: Actor[] = [];
  if (await isMemberOf(db, principal, app.organizationId)) actors.push('applicant');
  if (isZoneAdmin(principal)) actors.push('zone_admin');
  return actors;
}

/** Loads an application the caller may see; others get 404 so that ids reveal nothing. */
export async function applicationForViewer(
  db: Db,
  principal: Principal,
  id: string,
  lock = false,
): Promise<{ app: ApplicationRow; actors: Actor[] }> {
  const app = await loadApplication(db, id, lock);
  const actors = await actorsOf(db, principal, app);
  if (actors.length === 0) throw notFound('application', 'zone.application_not_found');
  return { app, actors };
}

export async function createApplication(
  db: Db,
  deps: ServiceDeps,
  input: { zoneId: string; organizationId: string },
): Promise<ApplicationRow> {
  const [zone] = await db.select({ id: zones.id }).from(zones).where(eq(zones.id, input.zoneId));
  if (!zone) throw notFound('zone', 'zone.zone_not_found');
  const org = await organizationFacts(db, input.organizationId);
  if (!(await isMemberOf(db, deps.principal, org.id)))
    throw new AppError(
      'forbidden',
      'zone.not_member',
      'Only members of the organization may apply on its behalf',
    );
  if (!APPLICANT_KINDS.includes(org.kind)) {
    throw unprocessable('zone.organization_kind', 'Only a company may apply for residency', [
      { field: 'organizationId', message: 'is not a company', code: 'organization_kind' },
    ]);
  }
  const [row] = await db
    .insert(zoneApplications)
    .values({
      zoneId: input.zoneId,
      organizationId: org.id,
      createdBy: deps.principal.userId,
      state: 'draft',
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await db.insert(zoneApplicationEvents).values({
    applicationId: row.id,
    action: 'create',
    fromState: null,
    toState: 'draft',
    actorId: deps.principal.userId,
  });
  await recordAudit(db, deps.audit, {
    action: 'zone.application_created',
    objectType: 'zone_application',
    objectId: row.id,
    details: { organizationId: org.id },
  });
  return row;
}

export interface DraftPatch {
  activityDescription?: string | null;
  declaredActivities?: string[];
  focusArea?: string | null;
  requestedUnitIds?: string[];
  requestedAreaM2?: number | null;
  requestedLandHa?: number | null;
  requestedUnitKind?: UnitKind | null;
  investmentPlan?: InvestmentPlanYear[];
  utilities?: { powerKw?: number | null; waterM3PerDay?: number | null; gasM3PerHour?: number | null };
  proportionalityAcknowledged?: boolean;
}

/** Autosave: the same patch twice leaves the same application (the version moves only on change). */
export async function saveDraft(
  db: Db,
  deps: ServiceDeps,
  id: string,
  patch: DraftPatch,
): Promise<ApplicationRow> {
  const { app, actors } = await applicationForViewer(db, deps.principal, id, true);
  if (!actors.includes('applicant'))
    throw new AppError('forbidden', 'zone.not_member', 'Only the applicant edits the application');
  if (!EDITABLE_STATES.includes(app.state))
    throw conflict('zone.not_editable', `An application in state ${app.state} cannot be edited`);
  const { utilities, ...rest } = patch;
  const values: Partial<typeof zoneApplications.$inferInsert> = { ...rest, ...(utilities ?? {}) };
  if (values.requestedUnitIds?.length) {
    const found = await db
      .select({ id: zoneUnits.id })
      .from(zoneUnits)
      .where(inArray(zoneUnits.id, values.requestedUnitIds));
    const missing = values.requestedUnitIds.filter((u) => !found.some((f) => f.id === u));
    if (missing.length)
      throw unprocessable(
        'zone.unit_not_found',
        'Some requested units do not exist',
        missing.map((m) => ({ field: 'requestedUnitIds', message: `unit ${m} not found` })),
      );
  }
  if (values.investmentPlan)
    values.investmentPlan = [...values.investmentPlan].sort((a, b) => a.year - b.year);
  const changed = Object.entries(values).some(
    ([k, v]) => stableJson((app as Record<string, unknown>)[k] ?? null) !== stableJson(v ?? null),
  );
  if (!changed) return app;
  const [row] = await db
    .update(zoneApplications)
    .set({ ...values, version: sql`${zoneApplications.version} + 1`, updatedAt: new Date() })
    .where(eq(zoneApplications.id, id))
    .returning();
  if (!row) throw notFound('application', 'zone.application_not_found');
  return row;
}

/** JSON with sorted keys: jsonb does not keep key order, so plain JSON.stringify would see changes that are not. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export const DOCUMENT_TYPES = ['pdf', 'docx'] as const;
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

export async function addDocument(
  db: Db,
  files: FileStore,
  deps: ServiceDeps,
  id: string,
  input: { kind: ApplicationDocumentKind; fileName: string; data: Buffer },
) {
  const { app, actors } = await applicationForViewer(db, deps.principal, id, true);
  if (!actors.includes('applicant'))
    throw new AppError('forbidden', 'zone.not_member', 'Only the applicant uploads documents');
  if (!EDITABLE_STATES.includes(app.state))
    throw conflict('zone.not_editable', `An application in state ${app.state} cannot be edited`);
  const file = await files.save(db, {
    fileName: input.fileName,
    data: input.data,
    allowedTypes: DOCUMENT_TYPES,
    maxBytes: DOCUMENT_MAX_BYTES,
    ownerModule: 'zone.application',
    ownerId: id,
  });
  const [row] = await db
    .insert(zoneApplicationDocuments)
    .values({ applicationId: id, kind: input.kind, fileId: file.id, uploadedBy: deps.principal.userId })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(db, deps.audit, {
    action: 'zone.application_document_added',
    objectType: 'zone_application',
    objectId: id,
    details: { kind: input.kind, fileId: file.id },
  });
  return { ...row, originalName: file.originalName, sizeBytes: file.sizeBytes, mimeType: file.mimeType };
}

export async function removeDocument(
  db: Db,
  deps: ServiceDeps,
  id: string,
  documentId: string,
): Promise<void> {
  const { app, actors } = await applicationForViewer(db, deps.principal, id, true);
  if (!actors.includes('applicant'))
    throw new AppError('forbidden', 'zone.not_member', 'Only the applicant removes documents');
  if (!EDITABLE_STATES.includes(app.state))
    throw conflict('zone.not_editable', `An application in state ${app.state} cannot be edited`);
  const [row] = await db
    .delete(zoneApplicationDocuments)
    .where(and(eq(zoneApplicationDocuments.id, documentId), eq(zoneApplicationDocuments.applicationId, id)))
    .returning();
  if (!row) throw notFound('document', 'zone.document_not_found');
  await recordAudit(db, deps.audit, {
    action: 'zone.application_document_removed',
    objectType: 'zone_application',
    objectId: id,
    details: { documentId },
  });
}

export async function documentFor(db: Db, principal: Principal, id: string, documentId: string) {
  await applicationForViewer(db, principal, id);
  const [row] = await db
    .select()
    .from(zoneApplicationDocuments)
    .where(and(eq(zoneApplicationDocuments.id, documentId), eq(zoneApplicationDocuments.applicationId, id)));
  if (!row) throw notFound('document', 'zone.document_not_found');
  return row;
}

export async function documentsOf(db: Db, id: string) {
  return db
    .select()
    .from(zoneApplicationDocuments)
    .where(eq(zoneApplicationDocuments.applicationId, id))
    .orderBy(asc(zoneApplicationDocuments.createdAt));
}

/** Runs E1–E7 for the application as it stands today. */
export async function evaluate(
  db: Db,
  app: ApplicationRow,
): Promise<{ results: RuleResult[]; blocking: RuleResult[] }> {
  const onDate = todayInTomsk();
  const [zone] = await db.select().from(zones).where(eq(zones.id, app.zoneId));
  if (!zone) throw notFound('zone', 'zone.zone_not_found');
  const org = await organizationFacts(db, app.organizationId);
  const docs = await documentsOf(db, app.id);
  const rules = await effectiveRules(db, app.zoneId, onDate);
  const permitted = await effectivePermittedActivities(db, app.zoneId, onDate);
  const spaceAvailable = await freeAreaMatches(db, {
    zoneId: app.zoneId,
    applicationId: app.id,
    unitIds: app.requestedUnitIds,
    areaM2: app.requestedAreaM2,
    landHa: app.requestedLandHa,
    kind: app.requestedUnitKind,
    onDate,
  });
  return evaluateEligibility(rules, {
    onDate,
    zoneMunicipality: zone.municipality,
    organization: { legalForm: org.legalForm, registrationMunicipality: org.registrationMunicipality },
    application: app,
    documentKinds: docs.map((d) => d.kind),
    permittedActivities: permitted,
    spaceAvailable,
  });
}

export interface ActionInput {
  comment?: string;
  reason?: TerminationReason;
  agreementNumber?: string;
  agreementDate?: string;
  registerNumber?: string;
  certificateNumber?: string;
  since?: string;
  siteId?: string;
}

export interface ActionOutcome {
  application: ApplicationRow;
  /** False when a four-eyes approval was recorded but the decision still needs a second one. */
  decided: boolean;
  eligibility?: RuleResult[];
}

/** The review round of a stage: it starts over each time the application re-enters the stage. */
export async function currentRound(db: Db, applicationId: string, stage: ApplicationState): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(zoneApplicationEvents)
    .where(
      and(
        eq(zoneApplicationEvents.applicationId, applicationId),
        eq(zoneApplicationEvents.toState, stage),
        ne(zoneApplicationEvents.action, 'approval_recorded'),
      ),
    );
  return Math.max(1, row?.n ?? 0);
}

async function nextSequence(db: Db, zoneId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(zoneResidents).where(eq(zoneResidents.zoneId, zoneId));
  return (row?.n ?? 0) + 1;
}

/** Creates the resident (register entry and certificate) from an application with a signed agreement. */
async function registerResident(
  db: Db,
  app: ApplicationRow,
  input: ActionInput,
  onDate: string,
): Promise<string> {
  const org = await organizationFacts(db, app.organizationId);
  const permitted = await effectivePermittedActivities(db, app.zoneId, onDate);
  const isIt = permitted.some((a) => a.isIt && app.declaredActivities.includes(a.code));
  let siteId = input.siteId ?? null;
  if (!siteId && app.requestedUnitIds.length) {
    const [u] = await db
      .select({ siteId: zoneBuildings.siteId })
      .from(zoneUnits)
      .innerJoin(zoneBuildings, eq(zoneBuildings.id, zoneUnits.buildingId))
      .where(eq(zoneUnits.id, app.requestedUnitIds[0] as string));
    siteId = u?.siteId ?? null;
  }
  const seq = await nextSequence(db, app.zoneId);
  const since = input.since ?? onDate;
  const [resident] = await db
    .insert(zoneResidents)
    .values({
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
      foreignCapitalPercent: org.foreignCapitalPercent,
      isIt,
      verifiedAt: new Date(),
    })
    .returning({ id: zoneResidents.id });
  if (!resident) throw new Error('insert returned nothing');
  if (app.investmentPlan.length) {
    await db
      .insert(zoneResidentPlans)
      .values(app.investmentPlan.map((p) => ({ residentId: resident.id, ...p })));
  }
  return resident.id;
}

/**
 * Applies one action. The application row is locked (SELECT … FOR UPDATE) and the update is
 * conditional on the state read, so two concurrent decisions cannot both take effect.
 */
export async function applyAction(
  db: Db,
  deps: ServiceDeps,
  id: string,
  action: ApplicationAction,
  input: ActionInput,
): Promise<ActionOutcome> {
  const { app, actors } = await applicationForViewer(db, deps.principal, id, true);
  const transition = findTransition(app.state, action, actors);
  if (!transition) {
    const someoneCould = TRANSITIONS.some((t) => t.from === app.state && t.action === action);
    if (someoneCould)
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
  const onDate = todayInTomsk();

  if (transition.needsNoOverdueReports && app.residentId) await assertNoOverdueReports(db, app.residentId);
  if (action === 'terminate' && !input.reason)
    throw unprocessable('zone.reason_required', 'Give the termination ground', [
      { field: 'reason', message: 'is required', code: 'required' },
    ]);
  if (action === 'sign_agreement' && (!input.agreementNumber || !input.agreementDate)) {
    throw unprocessable('zone.agreement_required', 'Give the agreement number and date', [
      ...(input.agreementNumber
        ? []
        : [{ field: 'agreementNumber', message: 'is required', code: 'required' }]),
      ...(input.agreementDate ? [] : [{ field: 'agreementDate', message: 'is required', code: 'required' }]),
    ]);
  }

  let eligibility: RuleResult[] | undefined;
  if (transition.eligibility) {
    const result = await evaluate(db, app);
    eligibility = result.results;
    if (result.blocking.length) {
      throw new AppError(
        'unprocessable',
        'zone.eligibility_failed',
        'The application does not meet the mandatory eligibility rules',
        result.blocking.map((r) => ({
          field: `eligibility.${r.code}`,
          message: r.messageEn,
          code: r.messageKey,
        })),
        { eligibility: result.results },
      );
    }
  }

  if (transition.fourEyes) {
    const stage = app.state as ApprovalStage;
    const round = await currentRound(db, app.id, stage);
    const inserted = await db
      .insert(zoneApplicationApprovals)
      .values({ applicationId: app.id, stage, round, adminId: deps.principal.userId, comment: input.comment })
      .onConflictDoNothing()
      .returning({ id: zoneApplicationApprovals.id });
    if (inserted.length === 0)
      throw conflict(
        'zone.already_approved',
        'You have already approved this stage; a second administrator must approve',
      );
    const [n] = await db
      .select({ n: count() })
      .from(zoneApplicationApprovals)
      .where(
        and(
          eq(zoneApplicationApprovals.applicationId, app.id),
          eq(zoneApplicationApprovals.stage, stage),
          eq(zoneApplicationApprovals.round, round),
        ),
      );
    if ((n?.n ?? 0) < 2) {
      await db.insert(zoneApplicationEvents).values({
        applicationId: app.id,
        action: 'approval_recorded',
        fromState: app.state,
        toState: app.state,
        actorId: deps.principal.userId,
        comment: input.comment ?? null,
        details: { stage, round },
      });
      await recordAudit(db, deps.audit, {
        action: 'zone.application_approval_recorded',
        objectType: 'zone_application',
        objectId: app.id,
        details: { stage, round },
      });
      await notify(db, deps, app, app.state, input.comment ?? null, true);
      return { application: app, decided: false };
    }
  }

  const to = transition.to;
  const days = await slaDays(db, app.zoneId, to, onDate);
  const values: Partial<typeof zoneApplications.$inferInsert> = {
    state: to,
    stateEnteredAt: new Date(),
    stateDueOn: days ? await addWorkingDays(db, onDate, days) : null,
    updatedAt: new Date(),
  };
  if (action === 'submit') values.submittedAt = new Date();
  if (eligibility) values.eligibility = eligibility;
  if (action === 'terminate') values.terminationReason = input.reason;
  if (action === 'sign_agreement') {
    values.agreementNumber = input.agreementNumber;
    values.agreementDate = input.agreementDate;
  }
  if (action === 'register') values.residentId = await registerResident(db, app, input, onDate);

  const [updated] = await db
    .update(zoneApplications)
    .set({ ...values, version: sql`${zoneApplications.version} + 1` })
    .where(and(eq(zoneApplications.id, app.id), eq(zoneApplications.state, app.state)))
    .returning();
  if (!updated) throw conflict('zone.state_changed', 'The application changed meanwhile; reload it');

  const residentId = updated.residentId;
  if (residentId && action !== 'register') {
    const status =
      to === 'terminated'
        ? 'terminated'
        : to === 'amendment_pending'
          ? 'amendment_pending'
          : to === 'active'
            ? 'active'
            : null;
    if (status) {
      await db
        .update(zoneResidents)
        .set({
          status,
          ...(status === 'terminated' ? { terminatedOn: onDate, terminatedReason: input.reason } : {}),
          updatedAt: new Date(),
        })
        .where(eq(zoneResidents.id, residentId));
    }
    if (status === 'active' && action === 'activate') await startReporting(db, residentId);
  }
  if (to === 'rejected' || to === 'terminated' || to === 'registered') {
    await db
      .update(zoneUnitHolds)
      .set({ releasedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(zoneUnitHolds.applicationId, app.id), isNull(zoneUnitHolds.releasedAt)));
  }

  await db.insert(zoneApplicationEvents).values({
    applicationId: app.id,
    action,
    fromState: app.state,
    toState: to,
    actorId: deps.principal.userId,
    comment: input.comment ?? null,
    details: {
      ...(input.reason ? { reason: input.reason } : {}),
      ...(residentId && action === 'register' ? { residentId } : {}),
    },
  });
  await recordAudit(db, deps.audit, {
    action: `zone.application_${action}`,
    objectType: 'zone_application',
    objectId: app.id,
    details: { from: app.state, to },
  });
  await notify(db, deps, updated, to, input.comment ?? null, false);
  return { application: updated, decided: true, eligibility };
}

async function notify(
  db: Db,
  deps: ServiceDeps,
  app: ApplicationRow,
  state: ApplicationState,
  comment: string | null,
  approvalRecorded: boolean,
) {
  const org = await organizationFacts(db, app.organizationId);
  for (const r of await memberRecipients(db, app.organizationId)) {
    await deps.mailer.enqueue(db, {
      to: r.email,
      locale: r.locale,
      template: applicationTransitionTemplate,
      params: {
        name: r.name,
        organization: r.locale === 'en' ? (org.nameEn ?? org.name) : org.name,
        state,
        comment,
        approvalRecorded,
        url: `${deps.baseUrl}/zone/applications/${app.id}`,
      },
    });
  }
}

export async function historyOf(db: Db, id: string) {
  return db
    .select()
    .from(zoneApplicationEvents)
    .where(eq(zoneApplicationEvents.applicationId, id))
    .orderBy(asc(zoneApplicationEvents.createdAt), asc(zoneApplicationEvents.id));
}

export async function approvalsOf(db: Db, id: string) {
  return db
    .select()
    .from(zoneApplicationApprovals)
    .where(eq(zoneApplicationApprovals.applicationId, id))
    .orderBy(asc(zoneApplicationApprovals.createdAt));
}

export interface QueueQuery {
  zoneId?: string;
  state?: ApplicationState;
  /** Any of these states (the reviewer queue's "awaiting a decision"). */
  states?: readonly ApplicationState[];
  overdue?: boolean;
  organizationIds?: string[];
  page: number;
  pageSize: number;
}

/** The reviewer queue (all states but draft) or an applicant's own list (organizationIds). */
export async function listApplications(db: Db, q: QueueQuery) {
  const today = todayInTomsk();
  const conditions: SQL[] = [];
  if (q.organizationIds) {
    if (q.organizationIds.length === 0) return { items: [], total: 0 };
    conditions.push(inArray(zoneApplications.organizationId, q.organizationIds));
  } else {
    conditions.push(ne(zoneApplications.state, 'draft'));
  }
  if (q.zoneId) conditions.push(eq(zoneApplications.zoneId, q.zoneId));
  if (q.state) conditions.push(eq(zoneApplications.state, q.state));
  if (q.states) conditions.push(inArray(zoneApplications.state, [...q.states]));
  if (q.overdue === true) conditions.push(lt(zoneApplications.stateDueOn, today));
  if (q.overdue === false)
    conditions.push(
      sql`(${zoneApplications.stateDueOn} is null or ${zoneApplications.stateDueOn} >= ${today})`,
    );
  const where = and(...conditions);
  const rows = await db
    .select()
    .from(zoneApplications)
    .where(where)
    .orderBy(
      sql`${zoneApplications.stateDueOn} asc nulls last`,
      desc(zoneApplications.updatedAt),
      asc(zoneApplications.id),
    )
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(zoneApplications).where(where);
  const orgs = await organizationFactsMany(db, [...new Set(rows.map((r) => r.organizationId))]);
  const approvals = rows.length
    ? await db
        .select({
          applicationId: zoneApplicationApprovals.applicationId,
          stage: zoneApplicationApprovals.stage,
          adminId: zoneApplicationApprovals.adminId,
          round: zoneApplicationApprovals.round,
        })
        .from(zoneApplicationApprovals)
        .where(
          inArray(
            zoneApplicationApprovals.applicationId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  const items = await Promise.all(
    rows.map(async (r) => {
      const round = await currentRound(db, r.id, r.state);
      const org = orgs.get(r.organizationId);
      return {
        ...r,
        organizationName: org?.name ?? '',
        organizationNameEn: org?.nameEn ?? null,
        overdue: r.stateDueOn !== null && r.stateDueOn < today,
        approvalsInStage: approvals
          .filter((a) => a.applicationId === r.id && a.stage === r.state && a.round === round)
          .map((a) => a.adminId),
      };
    }),
  );
  return { items, total: total?.n ?? 0 };
}

export { allowedActions };
