import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { PageQuery, pageOf } from '../../../lib/http/pagination.ts';
import { auditContextOf } from '../../identity/index.ts';
import { Uuid } from '../common.ts';
import { factsSource } from '../gates.ts';
import { RESIDENT_STATUSES, TERMINATION_REASONS } from '../zone.tables.ts';
import * as svc from './service.ts';

const tags = ['zone: register'];
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ResidentView = z.object({
  id: z.string(),
  zoneId: z.string(),
  organizationId: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  inn: z.string().nullable(),
  siteId: z.string().nullable(),
  siteNameRu: z.string().nullable(),
  siteNameEn: z.string().nullable(),
  activities: z.array(z.object({ code: z.string(), nameRu: z.string(), nameEn: z.string() })),
  since: z.string(),
  status: z.enum(RESIDENT_STATUSES),
  registerNumber: z.string(),
  certificateNumber: z.string(),
  isIt: z.boolean(),
  foreignCapital: z.boolean(),
  verifiedAt: z.date().nullable(),
});

const PlanView = z.object({
  year: z.number(),
  capexKopecks: z.number(),
  rndKopecks: z.number(),
  jobs: z.number(),
  revenueKopecks: z.number(),
});
const ResidentDetail = ResidentView.extend({
  agreementNumber: z.string().nullable(),
  agreementDate: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  terminatedReason: z.enum(TERMINATION_REASONS).nullable(),
  plans: z.array(PlanView),
  premises: z.array(
    z.object({
      unitId: z.string(),
      code: z.string(),
      kind: z.string(),
      areaM2: z.number(),
      buildingNameRu: z.string(),
      buildingNameEn: z.string(),
      from: z.string(),
      to: z.string(),
    }),
  ),
});

const Money = z.object({
  capexKopecks: z.number(),
  rndKopecks: z.number(),
  jobs: z.number(),
  revenueKopecks: z.number(),
});
const StatsView = z.object({
  residents: z.object({ total: z.number(), current: z.number() }),
  byStatus: z.array(z.object({ status: z.string(), count: z.number() })),
  byYearOfAdmission: z.array(z.object({ year: z.number(), count: z.number() })),
  itShare: z.number(),
  foreignCapitalShare: z.number(),
  jobs: z.object({
    year: z.number(),
    plan: z.number().describe('Jobs in the business plans of residents whose plan has this year'),
    fact: z.number().nullable().describe('Reported headcount of those same residents'),
    allResidents: z.number().nullable().describe('Reported headcount of every resident'),
  }),
  factsAvailable: z.boolean(),
  planVsFact: z.array(
    z.object({
      year: z.number(),
      residentsWithPlan: z.number(),
      residentsReporting: z.number(),
      partial: z
        .boolean()
        .describe('Some facts of the year come from quarterly reports only (year not closed)'),
      plan: Money,
      fact: Money.nullable(),
      jobsAllResidents: z.number().nullable(),
    }),
  ),
});

export function registerRegisterRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/api/zone/residents',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: 'Public register of residents (q: name, INN or register number)',
        querystring: z
          .object({
            q: z.string().trim().min(1).max(200).optional(),
            zoneId: Uuid.optional(),
            site: Uuid.optional(),
            status: z.enum(RESIDENT_STATUSES).optional(),
            it: bool.optional(),
            foreign: bool.optional(),
            ...PageQuery,
          })
          .strict(),
        response: { 200: pageOf(ResidentView) },
      },
    },
    async (request) => {
      const { site, ...q } = request.query;
      return { ...(await svc.listResidents(db, { ...q, siteId: site })), page: q.page, pageSize: q.pageSize };
    },
  );

  r.get(
    '/api/zone/residents/:id',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: 'A resident: register entry, plan by year, premises',
        params: z.object({ id: Uuid }).strict(),
        response: { 200: ResidentDetail },
      },
    },
    async (request) => svc.residentDetail(db, request.params.id),
  );

  r.post(
    '/api/zone/residents/:id/verify',
    {
      config: { access: access.roles('zone_admin') },
      schema: {
        tags,
        summary: 'Mark the register entry as verified today',
        params: z.object({ id: Uuid }).strict(),
        response: { 200: z.object({ id: z.string(), verifiedAt: z.date().nullable() }) },
      },
    },
    async (request) => {
      const row = await inTransaction(db, (tx) =>
        svc.verifyResident(tx, auditContextOf(request), request.params.id),
      );
      return { id: row.id, verifiedAt: row.verifiedAt };
    },
  );

  r.get(
    '/api/zone/stats',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: 'Zone statistics: residents by status and year, IT and foreign shares, jobs, plan vs fact',
        querystring: z.object({ zoneId: Uuid.optional() }).strict(),
        response: { 200: StatsView },
      },
    },
    async (request) => svc.zoneStats(db, request.query.zoneId, factsSource),
  );
}
