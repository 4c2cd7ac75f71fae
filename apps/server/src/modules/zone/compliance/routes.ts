import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { PageQuery, pageOf } from '../../../lib/http/pagination.ts';
import { auditContextOf, recordAudit } from '../../identity/index.ts';
import { DateStr, Kopecks, Uuid } from '../common.ts';
import {
  CASE_SEVERITIES,
  CASE_STATUSES,
  COMPLIANCE_FLAGS,
  DELIVERABLE_KINDS,
} from '../zone-finance.tables.ts';
import * as svc from './service.ts';

const tags = ['zone: compliance'];
const zoneAdmin = { access: access.roles('zone_admin') };

const CaseView = z.object({
  id: z.string(),
  residentId: z.string(),
  flag: z.enum(COMPLIANCE_FLAGS),
  subjectKey: z.string(),
  severity: z.enum(CASE_SEVERITIES),
  status: z.enum(CASE_STATUSES),
  evidence: z.record(z.string(), z.unknown()),
  assigneeId: z.string().nullable(),
  lastEvaluatedAt: z.date(),
  conditionClearedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
const CaseListItem = CaseView.extend({
  organizationId: z.string(),
  organizationName: z.string(),
  registerNumber: z.string(),
});
const CaseDetail = CaseView.extend({
  events: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      fromStatus: z.enum(CASE_STATUSES).nullable(),
      toStatus: z.enum(CASE_STATUSES).nullable(),
      comment: z.string().nullable(),
      actorId: z.string().nullable(),
      createdAt: z.date(),
    }),
  ),
});
const Comment = z.string().trim().min(1).max(5000);
const CourtClaimView = z.object({
  id: z.string(),
  residentId: z.string(),
  claimant: z.enum(['management_company', 'ministry', 'other']),
  caseNumber: z.string(),
  filedOn: z.string(),
  closedOn: z.string().nullable(),
  outcome: z.string().nullable(),
});
const DeliverableView = z.object({
  id: z.string(),
  residentId: z.string(),
  kind: z.enum(DELIVERABLE_KINDS),
  title: z.string(),
  dueOn: z.string(),
  deliveredOn: z.string().nullable(),
});
const InvoiceView = z.object({
  id: z.string(),
  leaseId: z.string(),
  residentId: z.string(),
  periodMonth: z.string(),
  amountKopecks: z.number(),
  dueOn: z.string(),
  paidKopecks: z.number(),
  paidOn: z.string().nullable(),
});

export function registerComplianceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;
  const CaseParams = z.object({ caseId: Uuid }).strict();
  const ResidentParams = z.object({ residentId: Uuid }).strict();

  r.post(
    '/api/zone/compliance/evaluate',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Evaluate flags T1–T7 now and feed the case queue',
        body: z.object({ zoneId: Uuid.optional(), today: DateStr.optional() }).strict(),
        response: {
          200: z.object({
            residents: z.number(),
            raised: z.number(),
            opened: z.number(),
            cleared: z.number(),
          }),
        },
      },
    },
    async (request) =>
      inTransaction(db, (tx) => svc.runComplianceEvaluation(tx, auditContextOf(request), request.body)),
  );
  r.get(
    '/api/zone/compliance/cases',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'The compliance case queue with filters (audited read)',
        querystring: z
          .object({
            zoneId: Uuid.optional(),
            residentId: Uuid.optional(),
            flag: z.enum(COMPLIANCE_FLAGS).optional(),
            status: z.enum(CASE_STATUSES).optional(),
            assigneeId: z.string().max(100).optional(),
            ...PageQuery,
          })
          .strict(),
        response: { 200: pageOf(CaseListItem) },
      },
    },
    async (request, reply) => {
      const out = await svc.listCases(db, request.query);
      await recordAudit(db, auditContextOf(request), {
        action: 'zone.compliance_cases.list',
        objectType: 'zone_compliance_case',
        objectId: null,
        details: { ...request.query },
      });
      reply.header('cache-control', 'no-store');
      return { ...out, page: request.query.page, pageSize: request.query.pageSize };
    },
  );
  r.get(
    '/api/zone/compliance/cases/:caseId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'A case with its history (audited read)',
        params: CaseParams,
        response: { 200: CaseDetail },
      },
    },
    async (request, reply) => {
      const c = await svc.getCase(db, request.params.caseId);
      await recordAudit(db, auditContextOf(request), {
        action: 'zone.compliance_case.read',
        objectType: 'zone_compliance_case',
        objectId: c.id,
      });
      reply.header('cache-control', 'no-store');
      return c;
    },
  );
  r.post(
    '/api/zone/compliance/cases/:caseId/status',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Change the status of a case, with a comment',
        params: CaseParams,
        body: z.object({ status: z.enum(CASE_STATUSES), comment: Comment }).strict(),
        response: { 200: CaseDetail },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.changeCaseStatus(
          tx,
          auditContextOf(request),
          request.params.caseId,
          request.body.status,
          request.body.comment,
        ),
      ),
  );
  r.put(
    '/api/zone/compliance/cases/:caseId/assignee',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Assign a case to a zone administrator (or unassign)',
        params: CaseParams,
        body: z
          .object({
            assigneeId: z.string().min(1).max(100).nullable(),
            comment: z.string().max(5000).nullable().default(null),
          })
          .strict(),
        response: { 200: CaseDetail },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.assignCase(
          tx,
          auditContextOf(request),
          request.params.caseId,
          request.body.assigneeId,
          request.body.comment,
        ),
      ),
  );

  // ── inputs of T3, T4, T7
  r.get(
    '/api/zone/residents/:residentId/compliance-inputs',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Deliverables, court claims and rent invoices of a resident',
        params: ResidentParams,
        response: {
          200: z.object({
            deliverables: z.array(DeliverableView),
            courtClaims: z.array(CourtClaimView),
            rentInvoices: z.array(InvoiceView),
          }),
        },
      },
    },
    async (request, reply) => {
      const id = request.params.residentId;
      await recordAudit(db, auditContextOf(request), {
        action: 'zone.compliance_inputs.read',
        objectType: 'zone_resident',
        objectId: id,
      });
      reply.header('cache-control', 'no-store');
      return {
        deliverables: await svc.deliverablesOf(db, id),
        courtClaims: await svc.courtClaimsOf(db, id),
        rentInvoices: await svc.rentInvoicesOf(db, id),
      };
    },
  );
  r.post(
    '/api/zone/residents/:residentId/court-claims',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Record a court claim to terminate the agreement (T7: amendments frozen)',
        params: ResidentParams,
        body: z
          .object({
            claimant: z.enum(['management_company', 'ministry', 'other']),
            caseNumber: z.string().trim().min(1).max(100),
            filedOn: DateStr,
          })
          .strict(),
        response: { 201: CourtClaimView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inTransaction(db, (tx) =>
            svc.createCourtClaim(tx, auditContextOf(request), request.params.residentId, request.body),
          ),
        ),
  );
  r.post(
    '/api/zone/court-claims/:claimId/close',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Close a court claim',
        params: z.object({ claimId: Uuid }).strict(),
        body: z.object({ closedOn: DateStr, outcome: z.string().trim().min(1).max(2000) }).strict(),
        response: { 200: CourtClaimView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.closeCourtClaim(tx, auditContextOf(request), request.params.claimId, request.body),
      ),
  );
  r.post(
    '/api/zone/residents/:residentId/deliverables',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Add a project deliverable with a due date (T3)',
        params: ResidentParams,
        body: z
          .object({
            kind: z.enum(DELIVERABLE_KINDS),
            title: z.string().trim().min(1).max(300),
            dueOn: DateStr,
          })
          .strict(),
        response: { 201: DeliverableView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inTransaction(db, (tx) =>
            svc.createDeliverable(tx, auditContextOf(request), request.params.residentId, request.body),
          ),
        ),
  );
  r.post(
    '/api/zone/deliverables/:deliverableId/delivered',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Mark a deliverable delivered',
        params: z.object({ deliverableId: Uuid }).strict(),
        body: z.object({ deliveredOn: DateStr }).strict(),
        response: { 200: DeliverableView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.markDelivered(
          tx,
          auditContextOf(request),
          request.params.deliverableId,
          request.body.deliveredOn,
        ),
      ),
  );
  r.post(
    '/api/zone/rent-invoices',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Bill one month of a lease (T4)',
        body: z
          .object({
            leaseId: Uuid,
            periodMonth: DateStr.refine((d) => d.endsWith('-01'), 'first day of a month'),
            dueOn: DateStr,
            amountKopecks: Kopecks.optional(),
          })
          .strict(),
        response: { 201: InvoiceView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inTransaction(db, (tx) => svc.createRentInvoice(tx, auditContextOf(request), request.body)),
        ),
  );
  r.post(
    '/api/zone/rent-invoices/:invoiceId/payments',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Record a rent payment',
        params: z.object({ invoiceId: Uuid }).strict(),
        body: z
          .object({ paidOn: DateStr, amountKopecks: Kopecks.refine((n) => n > 0, 'must be positive') })
          .strict(),
        response: { 200: InvoiceView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.recordRentPayment(tx, auditContextOf(request), request.params.invoiceId, request.body),
      ),
  );
}
