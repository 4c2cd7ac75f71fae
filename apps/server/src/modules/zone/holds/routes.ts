import { ApplicationHoldsParams, HoldBody, HoldParams, HoldView } from '@inohub/contracts/zone/space';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { holdsForViewer, holdUnit, releaseHoldForViewer } from './service.ts';

const tags = ['zone: space'];

export function registerHoldRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/api/zone/applications/:id/holds',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: 'Units held for an application',
        params: ApplicationHoldsParams,
        response: { 200: z.array(HoldView) },
      },
    },
    async (request) => holdsForViewer(db, requirePrincipal(request), request.params.id),
  );

  r.post(
    '/api/zone/applications/:id/holds',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary:
          'Hold a free unit for the application while it is reviewed (expires after the zone’s unit_hold SLA, default 20 working days)',
        params: ApplicationHoldsParams,
        body: HoldBody,
        response: { 201: HoldView },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const view = await inTransaction(db, (tx) =>
        holdUnit(tx, principal, auditContextOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(view);
    },
  );

  r.delete(
    '/api/zone/holds/:holdId',
    {
      config: { access: access.signedIn },
      schema: { tags, summary: 'Release a hold', params: HoldParams, response: { 200: HoldView } },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      return inTransaction(db, (tx) =>
        releaseHoldForViewer(tx, principal, auditContextOf(request), request.params.holdId),
      );
    },
  );
}
