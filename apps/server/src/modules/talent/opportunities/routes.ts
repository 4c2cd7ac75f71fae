import {
  OpportunityBody,
  OpportunityListQuery,
  OpportunityPage,
  OpportunityParams,
  OpportunityPatch,
  OpportunityStatusBody,
  OpportunityView,
} from '@inohub/contracts/talent/opportunities';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { resolveViewer } from '../policy.ts';
import * as svc from './service.ts';

const tags = ['talent: opportunities'];
const recruiter = { access: access.roles('recruiter') };
const open = { access: access.public };

export function registerOpportunityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/api/talent/opportunities',
    {
      config: open,
      schema: {
        tags,
        summary:
          'Open jobs and internships (full text in Russian and English), or with mine=true my companies’ postings',
        querystring: OpportunityListQuery,
        response: { 200: OpportunityPage },
      },
    },
    async (request) => svc.listOpportunities(db, await resolveViewer(db, request.principal), request.query),
  );
  r.get(
    '/api/talent/opportunities/:opportunityId',
    {
      config: open,
      schema: {
        tags,
        summary:
          'A posting (public when open; its employer, administrators and career offices see any status)',
        params: OpportunityParams,
        response: { 200: OpportunityView },
      },
    },
    async (request) =>
      svc.getOpportunity(db, await resolveViewer(db, request.principal), request.params.opportunityId),
  );
  r.post(
    '/api/talent/opportunities',
    {
      config: recruiter,
      schema: {
        tags,
        summary: 'Draft a job or internship for a company I recruit for',
        body: OpportunityBody,
        response: { 201: OpportunityView },
      },
    },
    async (request, reply) => {
      const view = await inTransaction(db, async (tx) =>
        svc.createOpportunity(tx, await resolveViewer(tx, request.principal), request.body),
      );
      return reply.status(201).send(view);
    },
  );
  r.patch(
    '/api/talent/opportunities/:opportunityId',
    {
      config: recruiter,
      schema: {
        tags,
        summary: 'Change a posting',
        params: OpportunityParams,
        body: OpportunityPatch,
        response: { 200: OpportunityView },
      },
    },
    async (request) =>
      inTransaction(db, async (tx) =>
        svc.patchOpportunity(
          tx,
          await resolveViewer(tx, request.principal),
          request.params.opportunityId,
          request.body,
        ),
      ),
  );
  r.post(
    '/api/talent/opportunities/:opportunityId/status',
    {
      config: recruiter,
      schema: {
        tags,
        summary: 'Publish, close or take back a posting to draft',
        params: OpportunityParams,
        body: OpportunityStatusBody,
        response: { 200: OpportunityView },
      },
    },
    async (request) =>
      inTransaction(db, async (tx) =>
        svc.setOpportunityStatus(
          tx,
          auditContextOf(request),
          await resolveViewer(tx, request.principal),
          request.params.opportunityId,
          request.body.status,
        ),
      ),
  );
}
