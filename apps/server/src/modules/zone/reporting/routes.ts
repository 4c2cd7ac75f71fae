import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { PageQuery, pageOf } from '../../../lib/http/pagination.ts';
import { auditContextOf, recordAudit } from '../../identity/index.ts';
import { DateStr, todayInTomsk, Uuid } from '../common.ts';
import { CONFIDENCES, REPORT_STATUSES } from '../zone-finance.tables.ts';
import { assertCanFileReport, assertCanReadResident } from './policy.ts';
import { ReportDraftBody, ReportView } from './schemas.ts';
import * as svc from './service.ts';

const tags = ['zone: reporting'];
const zoneAdmin = { access: access.roles('zone_admin') };
const adminOrAnalyst = { access: access.roles('zone_admin', 'analyst') };
const signedIn = { access: access.signedIn };

const CalendarView = z.object({
  id: z.string(),
  zoneId: z.string().nullable(),
  quarterlyDueDays: z.number(),
  annualDueMonth: z.number(),
  annualDueDay: z.number(),
  remindBeforeDays: z.array(z.number()),
  remindAfterDays: z.array(z.number()),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  source: z.string(),
  confidence: z.enum(CONFIDENCES),
});
const Days = z.array(z.number().int().min(1).max(366)).max(10);
const CalendarBody = z
  .object({
    zoneId: Uuid.nullable().default(null),
    quarterlyDueDays: z.number().int().min(0).max(365),
    annualDueMonth: z.number().int().min(1).max(12),
    annualDueDay: z.number().int().min(1).max(31),
    remindBeforeDays: Days,
    remindAfterDays: Days,
    effectiveFrom: DateStr,
    source: z.string().trim().min(1).max(1000),
    confidence: z.enum(CONFIDENCES),
  })
  .strict();

const ReportListItem = ReportView.extend({ organizationId: z.string(), organizationName: z.string() });
const Money = z.number();
const PlanFactRow = z.object({
  year: z.number(),
  hasPlan: z.boolean(),
  planned: z.object({ capexKopecks: Money, rndKopecks: Money, jobs: z.number(), revenueKopecks: Money }),
  actual: z
    .object({ capexKopecks: Money, rndKopecks: Money, jobs: z.number(), revenueKopecks: Money })
    .nullable(),
  factsSource: z.enum(['annual', 'quarterly']).nullable(),
  attainment: z.object({
    capex: z.number().nullable(),
    rnd: z.number().nullable(),
    jobs: z.number().nullable(),
    revenue: z.number().nullable(),
  }),
  cumulative: z.object({
    plannedCapexKopecks: Money,
    actualCapexKopecks: Money,
    capex: z.number().nullable(),
    plannedRndKopecks: Money,
    actualRndKopecks: Money,
    rnd: z.number().nullable(),
    plannedRevenueKopecks: Money,
    actualRevenueKopecks: Money,
    revenue: z.number().nullable(),
  }),
});

export function registerReportingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;
  const ReportParams = z.object({ reportId: Uuid }).strict();
  const ResidentParams = z.object({ residentId: Uuid }).strict();

  /** Loads a report with its resident, checking the caller may see it. */
  const readable = async (principal: ReturnType<typeof requirePrincipal>, reportId: string) => {
    const report = await svc.getReport(db, reportId);
    const resident = await svc.getResident(db, report.residentId);
    await assertCanReadResident(db, principal, resident);
    return { report, resident };
  };

  // ── calendar
  r.get(
    '/api/zone/reporting-calendars',
    {
      config: adminOrAnalyst,
      schema: {
        tags,
        summary: 'Reporting calendar versions (default and per zone)',
        querystring: z.object({ zoneId: Uuid.optional() }).strict(),
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
          await inTransaction(db, (tx) =>
            svc.createCalendarVersion(tx, auditContextOf(request), request.body),
          ),
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
        body: z.object({ period: z.string().regex(/^\d{4}(-Q[1-4])?$/), zoneId: Uuid.optional() }).strict(),
        response: { 200: z.object({ period: z.string(), created: z.number(), existing: z.number() }) },
      },
    },
    async (request) =>
      inTransaction(db, async (tx) => {
        const out = await svc.generateObligations(tx, request.body);
        await recordAudit(tx, auditContextOf(request), {
          action: 'zone.reports.generate',
          objectType: 'zone_report',
          objectId: null,
          details: { ...request.body, ...out },
        });
        return out;
      }),
  );

  // ── lists
  r.get(
    '/api/zone/reports',
    {
      config: adminOrAnalyst,
      schema: {
        tags,
        summary: 'Reports of all residents with filters (audited read)',
        querystring: z
          .object({
            zoneId: Uuid.optional(),
            residentId: Uuid.optional(),
            period: z.string().max(10).optional(),
            status: z.enum(REPORT_STATUSES).optional(),
            overdue: z
              .enum(['true', 'false'])
              .transform((v) => v === 'true')
              .optional(),
            ...PageQuery,
          })
          .strict(),
        response: { 200: pageOf(ReportListItem) },
      },
    },
    async (request, reply) => {
      const out = await svc.listReports(db, request.query);
      await recordAudit(db, auditContextOf(request), {
        action: 'zone.reports.list',
        objectType: 'zone_report',
        objectId: null,
        details: { ...request.query, returned: out.items.length },
      });
      reply.header('cache-control', 'no-store');
      return { ...out, page: request.query.page, pageSize: request.query.pageSize };
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
        response: { 200: z.object({ overdue: z.boolean(), items: z.array(ReportView) }) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const resident = await svc.getResident(db, request.params.residentId);
      await assertCanReadResident(db, principal, resident);
      const today = todayInTomsk();
      const items = (await svc.reportsOfResident(db, resident.id)).map((x) => svc.reportView(x, today));
      await recordAudit(db, auditContextOf(request), {
        action: 'zone.reports.read',
        objectType: 'zone_resident',
        objectId: resident.id,
      });
      reply.header('cache-control', 'no-store');
      return { overdue: items.some((x) => x.overdue), items };
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
      const { report } = await readable(requirePrincipal(request), request.params.reportId);
      await recordAudit(db, auditContextOf(request), {
        action: 'zone.report.read',
        objectType: 'zone_report',
        objectId: report.id,
      });
      reply.header('cache-control', 'no-store');
      return svc.reportView(report);
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
      const principal = requirePrincipal(request);
      const report = await svc.getReport(db, request.params.reportId);
      await assertCanFileReport(db, principal, await svc.getResident(db, report.residentId));
      return svc.reportView(
        await inTransaction(db, (tx) => svc.saveDraft(tx, auditContextOf(request), report, request.body)),
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
        body: z.object({}).strict().nullish(),
        response: { 200: ReportView },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const report = await svc.getReport(db, request.params.reportId);
      await assertCanFileReport(db, principal, await svc.getResident(db, report.residentId));
      return svc.reportView(
        await inTransaction(db, (tx) => svc.submitReport(tx, auditContextOf(request), report)),
      );
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
        body: z
          .object({
            decision: z.enum(['accept', 'return']),
            comment: z.string().trim().max(5000).nullable().default(null),
          })
          .strict(),
        response: { 200: ReportView },
      },
    },
    async (request) => {
      const report = await svc.getReport(db, request.params.reportId);
      return svc.reportView(
        await inTransaction(db, (tx) =>
          svc.reviewReport(
            tx,
            { audit: auditContextOf(request), mailer: ctx.mailer, baseUrl: ctx.baseUrl },
            report,
            request.body.decision,
            request.body.comment,
          ),
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
        response: { 200: z.object({ residentId: z.string(), years: z.array(PlanFactRow) }) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const resident = await svc.getResident(db, request.params.residentId);
      await assertCanReadResident(db, principal, resident);
      const years = await svc.planVsFact(db, resident.id);
      await recordAudit(db, auditContextOf(request), {
        action: 'zone.plan_vs_fact.read',
        objectType: 'zone_resident',
        objectId: resident.id,
      });
      reply.header('cache-control', 'no-store');
      return { residentId: resident.id, years };
    },
  );
}
