import {
  LedgerCloseBody,
  LedgerCloseResult,
  LedgerEntryView,
  LedgerQuery,
  LedgerSummaryView,
  ParamAnnotateBody,
  ParamBody,
  ParamDecisionBody,
  ParamListQuery,
  ParamListView,
  ParamParams,
  ParamVersionView,
  ResidentLedgerQuery,
  TaxProfileBody,
  TaxProfileView,
} from '@inohub/contracts/zone/benefits';
import { ResidentParams } from '@inohub/contracts/zone/reporting';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { readableResident } from '../reporting/policy.ts';
import { closeLedgerYear } from './close-year.ts';
import { decideParam } from './decide-param.ts';
import { proposeParam } from './propose-param.ts';
import * as svc from './service.ts';

const tags = ['zone: benefits'];
const zoneAdmin = { access: access.roles('zone_admin') };
const adminOrAnalyst = { access: access.roles('zone_admin', 'analyst') };
const signedIn = { access: access.signedIn };

export function registerBenefitRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  // ── effective-dated parameters
  r.get(
    '/api/zone/finance-params',
    {
      config: adminOrAnalyst,
      schema: {
        tags,
        summary:
          'Finance parameters (tax rates, exemption terms, proportionality, compliance thresholds), all versions',
        querystring: ParamListQuery,
        response: { 200: ParamListView },
      },
    },
    async (request) => svc.paramCatalogue(db, request.query),
  );
  r.post(
    '/api/zone/finance-params',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary:
          'Propose a new version of a parameter (takes effect when a second zone administrator approves it)',
        body: ParamBody,
        response: { 201: ParamVersionView },
      },
    },
    async (request, reply) => {
      const row = await inTransaction(db, (tx) => proposeParam(tx, auditContextOf(request), request.body));
      return reply.status(201).send(row);
    },
  );
  r.post(
    '/api/zone/finance-params/:paramId/decision',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Approve or reject a proposed version (four-eyes: not by its proposer)',
        params: ParamParams,
        body: ParamDecisionBody,
        response: { 200: ParamVersionView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        decideParam(
          tx,
          auditContextOf(request),
          request.params.paramId,
          request.body.decision,
          request.body.comment,
        ),
      ),
  );
  r.patch(
    '/api/zone/finance-params/:paramId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary:
          'Correct the source, confidence or note of a version (values change only through a new version)',
        params: ParamParams,
        body: ParamAnnotateBody,
        response: { 200: ParamVersionView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.annotateParam(tx, auditContextOf(request), request.params.paramId, request.body),
      ),
  );

  // ── tax profile of a resident
  r.put(
    '/api/zone/residents/:residentId/tax-profile',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Set the first year of SEZ income (tax period k) and separate accounting of a resident',
        params: ResidentParams,
        body: TaxProfileBody,
        response: { 200: TaxProfileView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.setTaxProfile(tx, auditContextOf(request), request.params.residentId, request.body),
      ),
  );

  // ── ledger
  r.get(
    '/api/zone/residents/:residentId/ledger',
    {
      config: signedIn,
      schema: {
        tags,
        summary:
          "A resident's benefit ledger for a year (zone administrators, analysts, the resident's members); every read is audited",
        params: ResidentParams,
        querystring: ResidentLedgerQuery,
        response: { 200: LedgerEntryView },
      },
    },
    async (request, reply) => {
      const resident = await readableResident(db, requirePrincipal(request), request.params.residentId);
      const entry = await svc.readResidentLedger(
        db,
        auditContextOf(request),
        resident.id,
        request.query.year,
      );
      reply.header('cache-control', 'no-store');
      return entry;
    },
  );
  r.get(
    '/api/zone/ledger',
    {
      config: adminOrAnalyst,
      schema: {
        tags,
        summary: 'Benefit ledger of every resident for a year, with totals (audited read)',
        querystring: LedgerQuery,
        response: { 200: LedgerSummaryView },
      },
    },
    async (request, reply) => {
      const summary = await svc.readLedgerSummary(db, auditContextOf(request), request.query);
      reply.header('cache-control', 'no-store');
      return summary;
    },
  );
  r.get(
    '/api/zone/ledger.xlsx',
    {
      config: adminOrAnalyst,
      schema: {
        tags,
        summary: 'The ledger of a year as an XLSX workbook (audited export)',
        querystring: LedgerQuery,
      },
    },
    async (request, reply) => {
      const buffer = await svc.exportLedger(db, auditContextOf(request), request.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="ledger-${request.query.year}.xlsx"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(buffer);
    },
  );
  r.post(
    '/api/zone/ledger/close',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Close a ledger year: freeze every resident’s figures as computed now (idempotent)',
        body: LedgerCloseBody,
        response: { 200: LedgerCloseResult },
      },
    },
    async (request) => inTransaction(db, (tx) => closeLedgerYear(tx, auditContextOf(request), request.body)),
  );
}
