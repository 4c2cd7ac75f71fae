import {
  CalendarBody,
  CalendarListQuery,
  CalendarView,
  ObligationsBody,
  ObligationsResult,
  PlanVsFactView,
  ReportDraftBody,
  ReportListQuery,
  ReportPage,
  ReportParams,
  ReportReviewBody,
  ReportSubmitBody,
  ReportView,
  ResidentParams,
  ResidentReportsView,
} from '@inohub/contracts/zone/reporting';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { createCalendarVersion } from './calendar-versions.ts';
import { generateObligationsByAdmin } from './obligations.ts';
import { fileableReport, readableReport, readableResident } from './policy.ts';
import { reportView } from './present.ts';
import { getReport } from './repo.ts';
import { reviewReport } from './review.ts';
import { saveDraft } from './save-draft.ts';
import * as svc from './service.ts';
import { submitReport } from './submit.ts';

const tags = ['zone: reporting'];
const zoneAdmin = { access: access.roles('zone_admin') };
const adminOrAnalyst = { access: access.roles('zone_admin', 'analyst') };
const signedIn = { access: access.signedIn };

export function registerReportingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  // ── calendar
  r.get(
    '/api/zone/reporting-calendars',
    {
      config: adminOrAnalyst,
      schema: {
        tags,
        summary: 'Reporting calendar versions (default and per zone)',
        querystring: CalendarListQuery,
        response: { 200: z.array(CalendarView) },
      },
    },
    async (request) => svc.listCalendars(db, request.query.zoneId),
  );
  r.post(
    '/api/zone/reporting-calendars',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'A new calendar version from a date',
        body: CalendarBody,
        response: { 201: CalendarView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inTransaction(db, (tx) => createCalendarVersion(tx, auditContextOf(request), request.body)),
        ),
  );

  // ── obligations
  r.post(
    '/api/zone/reports/obligations',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Generate the report obligations of a period for every resident (idempotent)',
        body: ObligationsBody,
        response: { 200: ObligationsResult },
      },
    },
    async (request) =>
      inTransaction(db, (tx) => generateObligationsByAdmin(tx, auditContextOf(request), request.body)),
  );

  // ── lists
  r.get(
    '/api/zone/reports',
    {
      config: adminOrAnalyst,
      schema: {
        tags,
        summary: 'Reports of all residents with filters (audited read)',
        querystring: ReportListQuery,
        response: { 200: ReportPage },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return svc.listReports(db, auditContextOf(request), request.query);
    },
  );
  r.get(
    '/api/zone/residents/:residentId/reports',
    {
      config: signedIn,
      schema: {
        tags,
        summary: "A resident's reports and obligations (its members, zone administrators, analysts; audited)",
        params: ResidentParams,
        response: { 200: ResidentReportsView },
      },
    },
    async (request, reply) => {
      const resident = await readableResident(db, requirePrincipal(request), request.params.residentId);
      reply.header('cache-control', 'no-store');
      return svc.residentReports(db, auditContextOf(request), resident.id);
    },
  );
  r.get(
    '/api/zone/reports/:reportId',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'One report (audited read)',
        params: ReportParams,
        response: { 200: ReportView },
      },
    },
    async (request, reply) => {
      const report = await readableReport(db, requirePrincipal(request), request.params.reportId);
      reply.header('cache-control', 'no-store');
      return svc.readReport(db, auditContextOf(request), report);
    },
  );

  // ── filing
  r.put(
    '/api/zone/reports/:reportId',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Save the report form as a draft (members of the resident)',
        params: ReportParams,
        body: ReportDraftBody,
        response: { 200: ReportView },
      },
    },
    async (request) => {
      const report = await fileableReport(db, requirePrincipal(request), request.params.reportId);
      return reportView(
        await inTransaction(db, (tx) => saveDraft(tx, auditContextOf(request), report, request.body)),
      );
    },
  );
  r.post(
    '/api/zone/reports/:reportId/submit',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Submit the report (members of the resident)',
        params: ReportParams,
        body: ReportSubmitBody,
        response: { 200: ReportView },
      },
    },
    async (request) => {
      const report = await fileableReport(db, requirePrincipal(request), request.params.reportId);
      return reportView(await inTransaction(db, (tx) => submitReport(tx, auditContextOf(request), report)));
    },
  );
  r.post(
    '/api/zone/reports/:reportId/review',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Accept a submitted report or return it with a comment',
        params: ReportParams,
        body: ReportReviewBody,
        response: { 200: ReportView },
      },
    },
    async (request) => {
      const report = await getReport(db, request.params.reportId);
      const deps = { audit: auditContextOf(request), mailer: ctx.mailer, baseUrl: ctx.baseUrl };
      return reportView(
        await inTransaction(db, (tx) =>
          reviewReport(tx, deps, report, request.body.decision, request.body.comment),
        ),
      );
    },
  );

  // ── plan vs fact
  r.get(
    '/api/zone/residents/:residentId/plan-vs-fact',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Business plan against reported facts, per year and cumulative (audited)',
        params: ResidentParams,
        response: { 200: PlanVsFactView },
      },
    },
    async (request, reply) => {
      const resident = await readableResident(db, requirePrincipal(request), request.params.residentId);
      reply.header('cache-control', 'no-store');
      return svc.readPlanVsFact(db, auditContextOf(request), resident.id);
    },
  );
}
