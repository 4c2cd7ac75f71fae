import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { PageQuery, pageOf } from '../../../lib/http/pagination.ts';
import { auditContextOf, recordAudit } from '../../identity/index.ts';
import { DateStr, Kopecks, Uuid } from '../common.ts';
import { organizationFacts, organizationIdsOfUser } from '../directory-port.ts';
import { readSingleFile, sendStoredFile } from '../http.ts';
import {
  APPLICATION_DOCUMENT_KINDS,
  APPLICATION_STATES,
  TERMINATION_REASONS,
  UNIT_KINDS,
} from '../zone.tables.ts';
import * as svc from './service.ts';
import { APPLICATION_ACTIONS, AWAITING_ADMIN_STATES, allowedActions } from './state-machine.ts';

const tags = ['zone: applications'];
const signedIn = { access: access.signedIn };
const zoneAdmin = { access: access.roles('zone_admin') };

const PlanYear = z
  .object({
    year: z.number().int().min(2000).max(2100),
    capexKopecks: Kopecks,
    rndKopecks: Kopecks,
    jobs: z.number().int().min(0).max(1_000_000),
    revenueKopecks: Kopecks,
  })
  .strict();

export const DraftBody = z
  .object({
    activityDescription: z.string().max(20_000).nullable().optional(),
    declaredActivities: z
      .array(z.string().regex(/^[\w.-]{1,40}$/))
      .max(50)
      .optional(),
    focusArea: z.string().max(60).nullable().optional(),
    requestedUnitIds: z.array(Uuid).max(50).optional(),
    requestedAreaM2: z.number().positive().max(1_000_000).nullable().optional(),
    requestedLandHa: z.number().positive().max(10_000).nullable().optional(),
    requestedUnitKind: z.enum(UNIT_KINDS).nullable().optional(),
    investmentPlan: z
      .array(PlanYear)
      .max(50)
      .refine((l) => new Set(l.map((p) => p.year)).size === l.length, 'One row per year')
      .optional(),
    utilities: z
      .object({
        powerKw: z.number().min(0).max(1_000_000).nullable().optional(),
        waterM3PerDay: z.number().min(0).max(1_000_000).nullable().optional(),
        gasM3PerHour: z.number().min(0).max(1_000_000).nullable().optional(),
      })
      .strict()
      .optional(),
    proportionalityAcknowledged: z.boolean().optional(),
  })
  .strict();

const RuleResultView = z.object({
  code: z.string(),
  enabled: z.boolean(),
  mandatory: z.boolean(),
  passed: z.boolean(),
  messageKey: z.string(),
  messageRu: z.string(),
  messageEn: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

export const ApplicationView = z.object({
  id: z.string(),
  zoneId: z.string(),
  organizationId: z.string(),
  state: z.enum(APPLICATION_STATES),
  version: z.number(),
  activityDescription: z.string().nullable(),
  declaredActivities: z.array(z.string()),
  focusArea: z.string().nullable(),
  requestedUnitIds: z.array(z.string()),
  requestedAreaM2: z.number().nullable(),
  requestedLandHa: z.number().nullable(),
  requestedUnitKind: z.enum(UNIT_KINDS).nullable(),
  investmentPlan: z.array(
    z.object({
      year: z.number(),
      capexKopecks: z.number(),
      rndKopecks: z.number(),
      jobs: z.number(),
      revenueKopecks: z.number(),
    }),
  ),
  utilities: z.object({
    powerKw: z.number().nullable(),
    waterM3PerDay: z.number().nullable(),
    gasM3PerHour: z.number().nullable(),
  }),
  proportionalityAcknowledged: z.boolean(),
  eligibility: z.array(RuleResultView).nullable(),
  stateEnteredAt: z.date(),
  stateDueOn: z.string().nullable(),
  overdue: z.boolean(),
  submittedAt: z.date().nullable(),
  agreementNumber: z.string().nullable(),
  agreementDate: z.string().nullable(),
  residentId: z.string().nullable(),
  terminationReason: z.enum(TERMINATION_REASONS).nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const DocumentView = z.object({
  id: z.string(),
  kind: z.enum(APPLICATION_DOCUMENT_KINDS),
  fileId: z.string(),
  url: z.string(),
  createdAt: z.date(),
});
const EventView = z.object({
  id: z.string(),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  actorId: z.string().nullable(),
  comment: z.string().nullable(),
  createdAt: z.date(),
});
const ApprovalView = z.object({
  stage: z.string(),
  round: z.number(),
  adminId: z.string(),
  comment: z.string().nullable(),
  createdAt: z.date(),
});

const DetailView = ApplicationView.extend({
  organizationName: z.string(),
  allowedActions: z.array(z.enum(APPLICATION_ACTIONS)),
  documents: z.array(DocumentView),
  history: z.array(EventView),
  approvals: z.array(ApprovalView),
  /** Administrators who approved in the current stage and round (four eyes: two are needed). */
  approvalsInStage: z.array(z.string()),
});

const QueueItem = ApplicationView.extend({
  organizationName: z.string(),
  organizationNameEn: z.string().nullable(),
  approvalsInStage: z.array(z.string()),
});

export const ActionBody = z
  .object({
    comment: z.string().trim().max(5000).optional(),
    reason: z.enum(TERMINATION_REASONS).optional(),
    agreementNumber: z.string().trim().min(1).max(100).optional(),
    agreementDate: DateStr.optional(),
    registerNumber: z.string().trim().min(1).max(100).optional(),
    certificateNumber: z.string().trim().min(1).max(100).optional(),
    since: DateStr.optional(),
    siteId: Uuid.optional(),
  })
  .strict();

type Row = svc.ApplicationRow;
export function toView(a: Row, today = new Date()) {
  const { powerKw, waterM3PerDay, gasM3PerHour, ...rest } = a;
  const todayStr = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tomsk' }).format(today);
  return {
    ...rest,
    utilities: { powerKw, waterM3PerDay, gasM3PerHour },
    overdue: a.stateDueOn !== null && a.stateDueOn < todayStr,
  };
}

const IdParams = z.object({ id: Uuid }).strict();

export function registerApplicationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;
  const deps = (request: FastifyRequest): svc.ServiceDeps => ({
    audit: auditContextOf(request),
    principal: requirePrincipal(request),
    mailer: ctx.mailer,
    baseUrl: ctx.baseUrl,
  });

  const detail = async (request: FastifyRequest, id: string) => {
    const principal = requirePrincipal(request);
    const { app: a, actors } = await svc.applicationForViewer(db, principal, id);
    const [docs, history, approvals, orgs, round] = await Promise.all([
      svc.documentsOf(db, id),
      svc.historyOf(db, id),
      svc.approvalsOf(db, id),
      organizationFacts(db, a.organizationId),
      svc.currentRound(db, id, a.state),
    ]);
    const approvalsInStage = approvals
      .filter((x) => x.stage === a.state && x.round === round)
      .map((x) => x.adminId);
    // An administrator who has approved in this round waits for another one: no second "approve".
    const alreadyApproved = approvalsInStage.includes(principal.userId);
    return {
      ...toView(a),
      organizationName: orgs.name,
      allowedActions: allowedActions(a.state, actors).filter((x) => !(x === 'approve' && alreadyApproved)),
      approvalsInStage,
      documents: docs.map((d) => ({ ...d, url: `/api/zone/applications/${id}/documents/${d.id}/file` })),
      history,
      approvals,
    };
  };

  r.post(
    '/api/zone/applications',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Start a residency application (draft) for an organization you belong to',
        body: z.object({ zoneId: Uuid, organizationId: Uuid }).strict(),
        response: { 201: ApplicationView },
      },
    },
    async (request, reply) => {
      const row = await inTransaction(db, (tx) => svc.createApplication(tx, deps(request), request.body));
      return reply.status(201).send(toView(row));
    },
  );

  r.get(
    '/api/zone/applications/mine',
    {
      config: signedIn,
      schema: {
        tags,
        summary: "Applications of the caller's organizations",
        querystring: z.object({ ...PageQuery }).strict(),
        response: { 200: pageOf(QueueItem) },
      },
    },
    async (request) => {
      const orgIds = await organizationIdsOfUser(db, requirePrincipal(request).userId);
      const res = await svc.listApplications(db, { organizationIds: orgIds, ...request.query });
      return {
        items: res.items.map((i) => ({
          ...toView(i),
          organizationName: i.organizationName,
          organizationNameEn: i.organizationNameEn,
          approvalsInStage: i.approvalsInStage,
        })),
        total: res.total,
        ...request.query,
      };
    },
  );

  r.get(
    '/api/zone/review-queue',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary:
          'Reviewer queue: applications awaiting a decision (or state=all / one state), oldest due date first',
        querystring: z
          .object({
            zoneId: Uuid.optional(),
            state: z
              .enum([...APPLICATION_STATES, 'awaiting', 'all'])
              .default('awaiting')
              .describe(
                'awaiting: every state waiting for a zone administrator (default); all: every state but draft',
              ),
            overdue: z
              .enum(['true', 'false'])
              .transform((v) => v === 'true')
              .optional(),
            ...PageQuery,
          })
          .strict(),
        response: { 200: pageOf(QueueItem) },
      },
    },
    async (request) => {
      const { state, ...q } = request.query;
      const res = await svc.listApplications(db, {
        ...q,
        ...(state === 'awaiting' ? { states: AWAITING_ADMIN_STATES } : state === 'all' ? {} : { state }),
      });
      return {
        items: res.items.map((i) => ({
          ...toView(i),
          organizationName: i.organizationName,
          organizationNameEn: i.organizationNameEn,
          approvalsInStage: i.approvalsInStage,
        })),
        total: res.total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  r.get(
    '/api/zone/applications/:id',
    {
      config: signedIn,
      schema: {
        tags,
        summary:
          'An application with documents, history and approvals (applicant or zone admin; audited read)',
        params: IdParams,
        response: { 200: DetailView },
      },
    },
    async (request) => {
      const view = await detail(request, request.params.id);
      // Residency records are read under audit (RELIABILITY: who read which business plan, when).
      await recordAudit(db, auditContextOf(request), {
        action: 'zone.application.read',
        objectType: 'zone_application',
        objectId: view.id,
      });
      return view;
    },
  );

  r.patch(
    '/api/zone/applications/:id/draft',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Autosave the draft (idempotent; draft or revision_requested only)',
        params: IdParams,
        body: DraftBody,
        response: { 200: ApplicationView },
      },
    },
    async (request) =>
      toView(
        await inTransaction(db, (tx) => svc.saveDraft(tx, deps(request), request.params.id, request.body)),
      ),
  );

  r.post(
    '/api/zone/applications/:id/eligibility-check',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Run the eligibility rules E1–E7 without submitting',
        params: IdParams,
        response: { 200: z.object({ results: z.array(RuleResultView), blocking: z.array(RuleResultView) }) },
      },
    },
    async (request) => {
      const { app: a } = await svc.applicationForViewer(db, requirePrincipal(request), request.params.id);
      return svc.evaluate(db, a);
    },
  );

  r.post(
    '/api/zone/applications/:id/actions/:action',
    {
      config: signedIn,
      schema: {
        tags,
        summary:
          'Take a workflow action (submit, accept_for_review, approve, reject, request_revision, sign_agreement, register, activate, request_amendment, decline_amendment, terminate, withdraw)',
        params: z.object({ id: Uuid, action: z.enum(APPLICATION_ACTIONS) }).strict(),
        body: ActionBody.optional(),
        response: {
          200: z.object({
            decided: z.boolean(),
            application: ApplicationView,
            eligibility: z.array(RuleResultView).optional(),
          }),
        },
      },
    },
    async (request) => {
      const out = await inTransaction(db, (tx) =>
        svc.applyAction(tx, deps(request), request.params.id, request.params.action, request.body ?? {}),
      );
      return {
        decided: out.decided,
        application: toView(out.application),
        ...(out.eligibility ? { eligibility: out.eligibility } : {}),
      };
    },
  );

  r.post(
    '/api/zone/applications/:id/documents',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Upload a document (multipart field `file`; pdf or docx; at most 20 MB)',
        params: IdParams,
        querystring: z.object({ kind: z.enum(APPLICATION_DOCUMENT_KINDS) }).strict(),
        response: { 201: DocumentView },
      },
    },
    async (request, reply) => {
      await svc.applicationForViewer(db, requirePrincipal(request), request.params.id);
      const file = await readSingleFile(request, svc.DOCUMENT_MAX_BYTES);
      const row = await inTransaction(db, (tx) =>
        svc.addDocument(tx, ctx.files, deps(request), request.params.id, {
          kind: request.query.kind,
          ...file,
        }),
      );
      return reply
        .status(201)
        .send({ ...row, url: `/api/zone/applications/${request.params.id}/documents/${row.id}/file` });
    },
  );

  r.delete(
    '/api/zone/applications/:id/documents/:documentId',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Remove a document from a draft',
        params: z.object({ id: Uuid, documentId: Uuid }).strict(),
        response: { 200: z.object({ deleted: z.literal(true) }) },
      },
    },
    async (request) => {
      await inTransaction(db, (tx) =>
        svc.removeDocument(tx, deps(request), request.params.id, request.params.documentId),
      );
      return { deleted: true as const };
    },
  );

  r.get(
    '/api/zone/applications/:id/documents/:documentId/file',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Download a document (applicant or zone admin)',
        params: z.object({ id: Uuid, documentId: Uuid }).strict(),
      },
    },
    async (request, reply) => {
      const doc = await svc.documentFor(
        db,
        requirePrincipal(request),
        request.params.id,
        request.params.documentId,
      );
      return sendStoredFile(ctx, reply, doc.fileId);
    },
  );
}
