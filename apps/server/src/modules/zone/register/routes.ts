import {
  ResidentDetail,
  ResidentPage,
  ResidentParams,
  ResidentQuery,
  StatsQuery,
  StatsView,
  VerifiedView,
} from '@inohub/contracts/zone/register';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { factsByResidentYear } from '../reporting/index.ts';
import { listResidents, residentDetail, verifyResident, zoneStats } from './service.ts';

const tags = ['zone: register'];

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
        querystring: ResidentQuery,
        response: { 200: ResidentPage },
      },
    },
    async (request) => listResidents(db, request.query),
  );

  r.get(
    '/api/zone/residents/:id',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: 'A resident: register entry, plan by year, premises',
        params: ResidentParams,
        response: { 200: ResidentDetail },
      },
    },
    async (request) => residentDetail(db, request.principal, request.params.id),
  );

  r.post(
    '/api/zone/residents/:id/verify',
    {
      config: { access: access.roles('zone_admin') },
      schema: {
        tags,
        summary: 'Mark the register entry as verified today',
        params: ResidentParams,
        response: { 200: VerifiedView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) => verifyResident(tx, auditContextOf(request), request.params.id)),
  );

  r.get(
    '/api/zone/stats',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: 'Zone statistics: residents by status and year, IT and foreign shares, jobs, plan vs fact',
        querystring: StatsQuery,
        response: { 200: StatsView },
      },
    },
    // Facts come from the residents' reports (reporting).
    async (request) => zoneStats(db, request.query.zoneId, factsByResidentYear),
  );
}
