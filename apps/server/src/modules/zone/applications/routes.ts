import {
  ActionBody,
  ActionParams,
  ActionResultView,
  ApplicationDetailView,
  ApplicationPage,
  ApplicationParams,
  ApplicationView,
  CreateApplicationBody,
  DocumentDeletedView,
  DocumentParams,
  DocumentUploadQuery,
  DocumentView,
  DraftBody,
  MyApplicationsQuery,
  ReviewQueueQuery,
} from '@inohub/contracts/zone/applications';
import { EligibilityCheckView } from '@inohub/contracts/zone/eligibility';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { readSingleFile, sendStoredFile } from '../http.ts';
import { isEditable } from './policy.ts';
import { toDocumentView, toView } from './present.ts';
import * as svc from './service.ts';

const tags = ['zone: applications'];
const signedIn = { access: access.signedIn };
const zoneAdmin = { access: access.roles('zone_admin') };

export function registerApplicationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;
  const deps = (request: FastifyRequest): svc.ServiceDeps => ({
    audit: auditContextOf(request),
    principal: requirePrincipal(request),
    mailer: ctx.mailer,
    baseUrl: ctx.baseUrl,
  });

  r.post(
    '/api/zone/applications',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Start a residency application (draft) for an organization you belong to',
        body: CreateApplicationBody,
        response: { 201: ApplicationView },
      },
    },
    async (request, reply) => {
      const row = await inTransaction(db, (tx) => svc.createApplication(tx, deps(request), request.body));
      // The creator is a member of the applicant and a draft is editable.
      return reply.status(201).send(toView(row, true));
    },
  );

  r.get(
    '/api/zone/applications/mine',
    {
      config: signedIn,
      schema: {
        tags,
        summary: "Applications of the caller's organizations",
        querystring: MyApplicationsQuery,
        response: { 200: ApplicationPage },
      },
    },
    async (request) => svc.listMine(db, requirePrincipal(request), request.query),
  );

  r.get(
    '/api/zone/review-queue',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary:
          'Reviewer queue: applications awaiting a decision (or state=all / one state), oldest due date first',
        querystring: ReviewQueueQuery,
        response: { 200: ApplicationPage },
      },
    },
    async (request) => svc.reviewQueue(db, requirePrincipal(request), request.query),
  );

  r.get(
    '/api/zone/applications/:id',
    {
      config: signedIn,
      schema: {
        tags,
        summary:
          'An application with documents, history and approvals (applicant or zone admin; audited read)',
        params: ApplicationParams,
        response: { 200: ApplicationDetailView },
      },
    },
    async (request) =>
      svc.readApplication(db, requirePrincipal(request), auditContextOf(request), request.params.id),
  );

  r.patch(
    '/api/zone/applications/:id/draft',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Autosave the draft (idempotent; draft or revision_requested only)',
        params: ApplicationParams,
        body: DraftBody,
        response: { 200: ApplicationView },
      },
    },
    async (request) => {
      const row = await inTransaction(db, (tx) =>
        svc.saveDraft(tx, deps(request), request.params.id, request.body),
      );
      // Saved means the caller is the applicant and the state editable (the state did not move).
      return toView(row, true);
    },
  );

  r.post(
    '/api/zone/applications/:id/eligibility-check',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Run the eligibility rules E1–E7 without submitting',
        params: ApplicationParams,
        response: { 200: EligibilityCheckView },
      },
    },
    async (request) => svc.checkEligibility(db, requirePrincipal(request), request.params.id),
  );

  r.post(
    '/api/zone/applications/:id/actions/:action',
    {
      config: signedIn,
      schema: {
        tags,
        summary:
          'Take a workflow action (submit, accept_for_review, approve, reject, request_revision, sign_agreement, register, activate, request_amendment, decline_amendment, terminate, withdraw)',
        params: ActionParams,
        body: ActionBody.optional(),
        response: { 200: ActionResultView },
      },
    },
    async (request) => {
      const out = await inTransaction(db, (tx) =>
        svc.applyAction(tx, deps(request), request.params.id, request.params.action, request.body ?? {}),
      );
      return {
        decided: out.decided,
        application: toView(out.application, isEditable(out.application.state, out.actors)),
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
        params: ApplicationParams,
        querystring: DocumentUploadQuery,
        response: { 201: DocumentView },
      },
    },
    async (request, reply) => {
      // 404 for an application the caller may not see, before the upload is read.
      await svc.applicationForViewer(db, requirePrincipal(request), request.params.id);
      const file = await readSingleFile(request, svc.DOCUMENT_MAX_BYTES);
      const row = await inTransaction(db, (tx) =>
        svc.addDocument(tx, ctx.files, deps(request), request.params.id, {
          kind: request.query.kind,
          ...file,
        }),
      );
      return reply.status(201).send(toDocumentView(row));
    },
  );

  r.delete(
    '/api/zone/applications/:id/documents/:documentId',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Remove a document from a draft',
        params: DocumentParams,
        response: { 200: DocumentDeletedView },
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
        params: DocumentParams,
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
