import {
  CaseAssignBody,
  CaseDetail,
  CaseListQuery,
  CasePage,
  CaseParams,
  CaseStatusBody,
  ClaimParams,
  ComplianceInputsView,
  CourtClaimBody,
  CourtClaimCloseBody,
  CourtClaimView,
  DeliverableBody,
  DeliverableParams,
  DeliverableView,
  DeliveredBody,
  EvaluateBody,
  EvaluationResult,
  InvoiceParams,
  InvoiceView,
  RentInvoiceBody,
  RentPaymentBody,
} from '@inohub/contracts/zone/compliance';
import { ResidentParams } from '@inohub/contracts/zone/reporting';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { assignCase } from './assign-case.ts';
import { changeCaseStatus } from './change-status.ts';
import { closeCourtClaim, createCourtClaim } from './court-claims.ts';
import { createDeliverable, markDelivered } from './deliverables.ts';
import { createRentInvoice, recordRentPayment } from './rent-invoices.ts';
import { runComplianceEvaluation } from './run-evaluation.ts';
import * as svc from './service.ts';

const tags = ['zone: compliance'];
const zoneAdmin = { access: access.roles('zone_admin') };

export function registerComplianceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.post(
    '/api/zone/compliance/evaluate',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Evaluate flags T1–T7 now and feed the case queue',
        body: EvaluateBody,
        response: { 200: EvaluationResult },
      },
    },
    async (request) =>
      inTransaction(db, (tx) => runComplianceEvaluation(tx, auditContextOf(request), request.body)),
  );
  r.get(
    '/api/zone/compliance/cases',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'The compliance case queue with filters (audited read)',
        querystring: CaseListQuery,
        response: { 200: CasePage },
      },
    },
    async (request, reply) => {
      const page = await svc.readCaseQueue(db, auditContextOf(request), request.query);
      reply.header('cache-control', 'no-store');
      return page;
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
      const c = await svc.readCase(db, auditContextOf(request), request.params.caseId);
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
        body: CaseStatusBody,
        response: { 200: CaseDetail },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        changeCaseStatus(
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
        body: CaseAssignBody,
        response: { 200: CaseDetail },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        assignCase(
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
        response: { 200: ComplianceInputsView },
      },
    },
    async (request, reply) => {
      const inputs = await svc.complianceInputs(db, auditContextOf(request), request.params.residentId);
      reply.header('cache-control', 'no-store');
      return inputs;
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
        body: CourtClaimBody,
        response: { 201: CourtClaimView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inTransaction(db, (tx) =>
            createCourtClaim(tx, auditContextOf(request), request.params.residentId, request.body),
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
        params: ClaimParams,
        body: CourtClaimCloseBody,
        response: { 200: CourtClaimView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        closeCourtClaim(tx, auditContextOf(request), request.params.claimId, request.body),
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
        body: DeliverableBody,
        response: { 201: DeliverableView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inTransaction(db, (tx) =>
            createDeliverable(tx, auditContextOf(request), request.params.residentId, request.body),
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
        params: DeliverableParams,
        body: DeliveredBody,
        response: { 200: DeliverableView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        markDelivered(tx, auditContextOf(request), request.params.deliverableId, request.body.deliveredOn),
      ),
  );
  r.post(
    '/api/zone/rent-invoices',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Bill one month of a lease (T4)',
        body: RentInvoiceBody,
        response: { 201: InvoiceView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inTransaction(db, (tx) => createRentInvoice(tx, auditContextOf(request), request.body))),
  );
  r.post(
    '/api/zone/rent-invoices/:invoiceId/payments',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Record a rent payment',
        params: InvoiceParams,
        body: RentPaymentBody,
        response: { 200: InvoiceView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        recordRentPayment(tx, auditContextOf(request), request.params.invoiceId, request.body),
      ),
  );
}
