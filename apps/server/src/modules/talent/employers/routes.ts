import {
  EmployerDecisionBody,
  EmployerListQuery,
  EmployerPage,
  EmployerParams,
  EmployerRequestBody,
  EmployerView,
  MyEmployers,
  MyEmployerView,
} from '@inohub/contracts/talent/employers';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { resolveViewer } from '../policy.ts';
import * as svc from './service.ts';

const tags = ['talent: employers'];
const recruiter = { access: access.roles('recruiter') };
const reviewer = { access: access.roles('career_office', 'admin') };

export function registerEmployerRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;
  const env = { mailer: ctx.mailer, baseUrl: ctx.baseUrl };

  r.get(
    '/api/talent/employers/mine',
    {
      config: recruiter,
      schema: {
        tags,
        summary: 'The companies I recruit for, with their standing as employers',
        response: { 200: MyEmployers },
      },
    },
    async (request) => svc.myEmployers(db, await resolveViewer(db, request.principal)),
  );
  r.post(
    '/api/talent/employers/:organizationId/request',
    {
      config: recruiter,
      schema: {
        tags,
        summary: "Ask a career office or the hub to approve my company's postings",
        params: EmployerParams,
        body: EmployerRequestBody,
        response: { 200: MyEmployerView },
      },
    },
    async (request) =>
      inTransaction(db, async (tx) =>
        svc.requestApproval(
          tx,
          env,
          auditContextOf(request),
          await resolveViewer(tx, request.principal),
          request.params.organizationId,
        ),
      ),
  );
  r.get(
    '/api/talent/employers',
    {
      config: reviewer,
      schema: {
        tags,
        summary: 'Employers to review (pending first)',
        querystring: EmployerListQuery,
        response: { 200: EmployerPage },
      },
    },
    async (request) => svc.listEmployers(db, request.query),
  );
  r.post(
    '/api/talent/employers/:organizationId/decision',
    {
      config: reviewer,
      schema: {
        tags,
        summary: 'Approve, reject or suspend an employer',
        params: EmployerParams,
        body: EmployerDecisionBody,
        response: { 200: EmployerView },
      },
    },
    async (request) =>
      inTransaction(db, async (tx) =>
        svc.decideEmployer(
          tx,
          env,
          auditContextOf(request),
          await resolveViewer(tx, request.principal),
          request.params.organizationId,
          request.body,
        ),
      ),
  );
}
