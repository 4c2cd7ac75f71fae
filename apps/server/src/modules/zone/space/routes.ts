import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { AppError, conflict } from '../../../lib/errors.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { PageQuery } from '../../../lib/http/pagination.ts';
import { auditContextOf } from '../../identity/index.ts';
import { applicationForViewer } from '../applications/service.ts';
import { HOLDING_STATES } from '../applications/state-machine.ts';
import { DateStr, todayInTomsk, Uuid } from '../common.ts';
import { UNIT_KINDS } from '../zone.tables.ts';
import * as svc from './service.ts';

const tags = ['zone: space'];

const VacancyView = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(UNIT_KINDS),
  areaM2: z.number(),
  floor: z.number(),
  monthlyRatePerM2Kopecks: z.number(),
  monthlyRentKopecks: z.number(),
  currency: z.string(),
  buildingId: z.string(),
  buildingNameRu: z.string(),
  buildingNameEn: z.string(),
  siteId: z.string(),
  siteNameRu: z.string(),
  siteNameEn: z.string(),
});
const HoldView = z.object({
  id: z.string(),
  unitId: z.string(),
  applicationId: z.string(),
  from: z.string(),
  to: z.string(),
  expiresAt: z.date(),
  releasedAt: z.date().nullable(),
  active: z.boolean(),
});
const OccupancyView = z.object({
  buildingId: z.string(),
  onDate: z.string(),
  totalAreaM2: z.number(),
  leasedAreaM2: z.number(),
  occupancyRate: z.number(),
  units: z.array(
    z.object({
      unitId: z.string(),
      code: z.string(),
      kind: z.enum(UNIT_KINDS),
      floor: z.number(),
      areaM2: z.number(),
      state: z.enum(['leased', 'held', 'vacant', 'out_of_service']),
      lease: z
        .object({
          id: z.string(),
          residentId: z.string(),
          organizationName: z.string(),
          from: z.string(),
          to: z.string(),
        })
        .nullable(),
    }),
  ),
});

export function registerSpaceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/api/zone/vacancies',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary:
          'Free units: by type, area, site, and free for the whole date range (default: a year from today)',
        querystring: z
          .object({
            zoneId: Uuid.optional(),
            siteId: Uuid.optional(),
            buildingId: Uuid.optional(),
            kind: z.enum(UNIT_KINDS).optional(),
            minArea: z.coerce.number().min(0).max(1_000_000).optional(),
            maxArea: z.coerce.number().min(0).max(1_000_000).optional(),
            from: DateStr.optional(),
            to: DateStr.optional(),
            ...PageQuery,
          })
          .strict()
          .refine((q) => !q.from || !q.to || q.to >= q.from, {
            message: 'to must not be before from',
            path: ['to'],
          }),
        response: {
          200: z.object({
            items: z.array(VacancyView),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
            from: z.string(),
            to: z.string(),
          }),
        },
      },
    },
    async (request) => ({
      ...(await svc.searchVacancies(db, request.query)),
      page: request.query.page,
      pageSize: request.query.pageSize,
    }),
  );

  r.get(
    '/api/zone/buildings/:buildingId/occupancy',
    {
      config: { access: access.roles('zone_admin') },
      schema: {
        tags,
        summary: 'Occupancy of a building on a date',
        params: z.object({ buildingId: Uuid }).strict(),
        querystring: z.object({ on: DateStr.optional() }).strict(),
        response: { 200: OccupancyView },
      },
    },
    async (request) =>
      svc.buildingOccupancy(db, request.params.buildingId, request.query.on ?? todayInTomsk()),
  );

  r.get(
    '/api/zone/applications/:id/holds',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: 'Units held for an application',
        params: z.object({ id: Uuid }).strict(),
        response: { 200: z.array(HoldView) },
      },
    },
    async (request) => {
      await applicationForViewer(db, requirePrincipal(request), request.params.id);
      return (await svc.holdsOf(db, request.params.id)).map(svc.holdView);
    },
  );

  r.post(
    '/api/zone/applications/:id/holds',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary:
          'Hold a free unit for the application while it is reviewed (expires after the zone’s unit_hold SLA, default 20 working days)',
        params: z.object({ id: Uuid }).strict(),
        body: z
          .object({ unitId: Uuid, from: DateStr, to: DateStr })
          .strict()
          .refine((b) => b.to >= b.from, { message: 'to must not be before from', path: ['to'] }),
        response: { 201: HoldView },
      },
    },
    async (request, reply) => {
      const row = await inTransaction(db, async (tx) => {
        const { app: a, actors } = await applicationForViewer(
          tx,
          requirePrincipal(request),
          request.params.id,
          true,
        );
        if (!actors.includes('applicant') && !actors.includes('zone_admin'))
          throw new AppError('forbidden', 'zone.not_member', 'Only the applicant may hold units');
        if (!HOLDING_STATES.includes(a.state))
          throw conflict('zone.hold_state', `Units cannot be held for an application in state ${a.state}`);
        return svc.createHold(tx, auditContextOf(request), a, request.body);
      });
      return reply.status(201).send(svc.holdView(row));
    },
  );

  r.delete(
    '/api/zone/holds/:holdId',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: 'Release a hold',
        params: z.object({ holdId: Uuid }).strict(),
        response: { 200: HoldView },
      },
    },
    async (request) => {
      const row = await inTransaction(db, async (tx) => {
        const hold = await svc.getHold(tx, request.params.holdId);
        await applicationForViewer(tx, requirePrincipal(request), hold.applicationId);
        return svc.releaseHold(tx, auditContextOf(request), hold.id);
      });
      return svc.holdView(row);
    },
  );
}
