import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { PageQuery, pageOf } from '../../../lib/http/pagination.ts';
import { auditContextOf, recordAudit } from '../../identity/index.ts';
import { DateStr, Kopecks, todayInTomsk, Uuid } from '../common.ts';
import { assertMemberOrZoneAdmin } from '../policy.ts';
import { getResidentRow } from '../register/service.ts';
import * as svc from './service.ts';

const tags = ['zone: leases'];

export const LeaseView = z.object({
  id: z.string(),
  unitId: z.string(),
  residentId: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  monthlyRatePerM2Kopecks: z.number(),
  monthlyRentKopecks: z.number(),
  currency: z.string(),
  status: z.enum(['active', 'terminated']),
  createdAt: z.date(),
});

/** A lease in a list: with the unit it is for, so that people see which premises they rent. */
const LeaseListItem = LeaseView.extend({
  unit: z
    .object({
      code: z.string(),
      kind: z.string(),
      floor: z.number(),
      areaM2: z.number(),
      buildingNameRu: z.string(),
      buildingNameEn: z.string(),
    })
    .nullable(),
});

export function registerLeaseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.post(
    '/api/zone/leases',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary:
          'Lease a unit to a resident (zone admin, or a member of the resident). Overlaps → 409; overdue reports → 422',
        body: z
          .object({
            unitId: Uuid,
            residentId: Uuid,
            startDate: DateStr,
            endDate: DateStr,
            monthlyRatePerM2Kopecks: Kopecks.optional(),
          })
          .strict(),
        response: { 201: LeaseView },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const body = { ...request.body };
      // Only a zone administrator may set a rate other than the unit's.
      if (!principal.roles.includes('zone_admin')) delete body.monthlyRatePerM2Kopecks;
      const row = await inTransaction(db, (tx) =>
        svc.createLease(tx, principal, auditContextOf(request), body),
      );
      return reply.status(201).send(svc.leaseView(row));
    },
  );

  r.get(
    '/api/zone/leases',
    {
      config: { access: access.roles('zone_admin') },
      schema: {
        tags,
        summary: 'All leases (filters: resident, unit, building, in force on a date)',
        querystring: z
          .object({
            residentId: Uuid.optional(),
            unitId: Uuid.optional(),
            buildingId: Uuid.optional(),
            activeOn: DateStr.optional(),
            ...PageQuery,
          })
          .strict(),
        response: { 200: pageOf(LeaseListItem) },
      },
    },
    async (request) => ({
      ...(await svc.listLeases(db, request.query)),
      page: request.query.page,
      pageSize: request.query.pageSize,
    }),
  );

  r.get(
    '/api/zone/residents/:id/leases',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: "A resident's leases (its members or a zone admin)",
        params: z.object({ id: Uuid }).strict(),
        querystring: z.object({ ...PageQuery }).strict(),
        response: { 200: pageOf(LeaseListItem) },
      },
    },
    async (request) => {
      const resident = await getResidentRow(db, request.params.id);
      await assertMemberOrZoneAdmin(db, requirePrincipal(request), resident.organizationId);
      return {
        ...(await svc.listLeases(db, { residentId: resident.id, ...request.query })),
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  r.get(
    '/api/zone/leases/:id',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: 'A lease (its resident or a zone admin)',
        params: z.object({ id: Uuid }).strict(),
        response: { 200: LeaseView },
      },
    },
    async (request) => svc.leaseView(await svc.getLease(db, requirePrincipal(request), request.params.id)),
  );

  r.post(
    '/api/zone/leases/:id/end',
    {
      config: { access: access.roles('zone_admin') },
      schema: {
        tags,
        summary: 'End a lease on a date (before its start: cancel it)',
        params: z.object({ id: Uuid }).strict(),
        body: z.object({ endDate: DateStr }).strict(),
        response: { 200: LeaseView },
      },
    },
    async (request) =>
      svc.leaseView(
        await inTransaction(db, (tx) =>
          svc.endLease(tx, auditContextOf(request), request.params.id, request.body.endDate),
        ),
      ),
  );

  r.get(
    '/api/zone/rent-roll.xlsx',
    {
      config: { access: access.roles('zone_admin') },
      schema: {
        tags,
        summary: 'Rent roll on a date as XLSX (cells neutralised against formulas)',
        querystring: z
          .object({ on: DateStr.optional(), locale: z.enum(['ru', 'en']).default('ru') })
          .strict(),
      },
    },
    async (request, reply) => {
      const on = request.query.on ?? todayInTomsk();
      const buf = await svc.rentRollXlsx(db, on, request.query.locale);
      // Who took the tenants' rents out of the system, and when (as for the ledger export).
      await recordAudit(db, auditContextOf(request), {
        action: 'zone.rent_roll.export',
        objectType: 'zone_lease',
        objectId: null,
        details: { on, locale: request.query.locale },
      });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="rent-roll-${on}.xlsx"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(buf);
    },
  );
}
