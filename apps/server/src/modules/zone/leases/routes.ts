import {
  EndLeaseBody,
  LeaseBody,
  LeasePage,
  LeaseParams,
  LeaseQuery,
  LeaseView,
  RentRollQuery,
  ResidentLeasesQuery,
} from '@inohub/contracts/zone/leases';
import { ResidentParams } from '@inohub/contracts/zone/register';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { todayInTomsk } from '../common.ts';
import {
  createLease,
  endLease,
  exportRentRoll,
  leaseForViewer,
  leaseView,
  listLeases,
  residentLeases,
} from './service.ts';

const tags = ['zone: leases'];

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
        body: LeaseBody,
        response: { 201: LeaseView },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const row = await inTransaction(db, (tx) =>
        createLease(tx, principal, auditContextOf(request), request.body),
      );
      return reply.status(201).send(leaseView(row));
    },
  );

  r.get(
    '/api/zone/leases',
    {
      config: { access: access.roles('zone_admin') },
      schema: {
        tags,
        summary: 'All leases (filters: resident, unit, building, in force on a date)',
        querystring: LeaseQuery,
        response: { 200: LeasePage },
      },
    },
    async (request) => listLeases(db, request.query),
  );

  r.get(
    '/api/zone/residents/:id/leases',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: "A resident's leases (its members or a zone admin)",
        params: ResidentParams,
        querystring: ResidentLeasesQuery,
        response: { 200: LeasePage },
      },
    },
    async (request) => residentLeases(db, requirePrincipal(request), request.params.id, request.query),
  );

  r.get(
    '/api/zone/leases/:id',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: 'A lease (its resident or a zone admin)',
        params: LeaseParams,
        response: { 200: LeaseView },
      },
    },
    async (request) => leaseForViewer(db, requirePrincipal(request), request.params.id),
  );

  r.post(
    '/api/zone/leases/:id/end',
    {
      config: { access: access.roles('zone_admin') },
      schema: {
        tags,
        summary: 'End a lease on a date (before its start: cancel it)',
        params: LeaseParams,
        body: EndLeaseBody,
        response: { 200: LeaseView },
      },
    },
    async (request) =>
      leaseView(
        await inTransaction(db, (tx) =>
          endLease(tx, auditContextOf(request), request.params.id, request.body.endDate),
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
        querystring: RentRollQuery,
      },
    },
    async (request, reply) => {
      const on = request.query.on ?? todayInTomsk();
      const buf = await exportRentRoll(db, auditContextOf(request), on, request.query.locale);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="rent-roll-${on}.xlsx"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(buf);
    },
  );
}
