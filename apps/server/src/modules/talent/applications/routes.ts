import {
  ApplicationPage,
  ApplicationParams,
  ApplicationView,
  ApplyBody,
  BoardView,
  MyApplicationsQuery,
  StageBody,
  WithdrawBody,
} from '@inohub/contracts/talent/applications';
import { OpportunityParams } from '@inohub/contracts/talent/opportunities';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { resolveViewer } from '../policy.ts';
import * as svc from './service.ts';

const tags = ['talent: applications'];
const signedIn = { access: access.signedIn };
const recruiter = { access: access.roles('recruiter') };

export function registerApplicationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;
  const env = { mailer: ctx.mailer, baseUrl: ctx.baseUrl };

  r.post(
    '/api/talent/opportunities/:opportunityId/applications',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Apply to an open posting with my profile and CV',
        params: OpportunityParams,
        body: ApplyBody,
        response: { 201: ApplicationView },
      },
    },
    async (request, reply) => {
      const view = await inTransaction(db, async (tx) =>
        svc.apply(
          tx,
          env,
          await resolveViewer(tx, request.principal),
          request.params.opportunityId,
          request.body,
        ),
      );
      return reply.status(201).send(view);
    },
  );
  r.get(
    '/api/talent/applications/mine',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'My applications, newest first',
        querystring: MyApplicationsQuery,
        response: { 200: ApplicationPage },
      },
    },
    async (request) => svc.myApplications(db, await resolveViewer(db, request.principal), request.query),
  );
  r.get(
    '/api/talent/applications/:applicationId',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'An application with its history (the applicant, the employer’s recruiters, administrators)',
        params: ApplicationParams,
        response: { 200: ApplicationView },
      },
    },
    async (request) =>
      svc.getApplication(db, await resolveViewer(db, request.principal), request.params.applicationId),
  );
  r.post(
    '/api/talent/applications/:applicationId/stage',
    {
      config: recruiter,
      schema: {
        tags,
        summary: 'Move an application on the board (hired and rejected are final)',
        params: ApplicationParams,
        body: StageBody,
        response: { 200: ApplicationView },
      },
    },
    async (request) =>
      inTransaction(db, async (tx) =>
        svc.moveStage(
          tx,
          env,
          await resolveViewer(tx, request.principal),
          request.params.applicationId,
          request.body,
        ),
      ),
  );
  r.post(
    '/api/talent/applications/:applicationId/withdraw',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Withdraw my application (final)',
        params: ApplicationParams,
        body: WithdrawBody,
        response: { 200: ApplicationView },
      },
    },
    async (request) =>
      inTransaction(db, async (tx) =>
        svc.withdraw(
          tx,
          env,
          await resolveViewer(tx, request.principal),
          request.params.applicationId,
          request.body,
        ),
      ),
  );
  r.get(
    '/api/talent/opportunities/:opportunityId/board',
    {
      config: recruiter,
      schema: {
        tags,
        summary: 'The applications to a posting, by stage (the employer’s recruiters)',
        params: OpportunityParams,
        response: { 200: BoardView },
      },
    },
    async (request) =>
      svc.board(db, await resolveViewer(db, request.principal), request.params.opportunityId),
  );
  r.get(
    '/api/talent/applications/:applicationId/cv',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Download the CV sent with an application (the applicant and the employer’s recruiters)',
        params: ApplicationParams,
      },
    },
    async (request, reply) => {
      const fileId = await svc.cvFileOf(
        db,
        await resolveViewer(db, request.principal),
        request.params.applicationId,
      );
      const file = await ctx.files.get(db, fileId);
      // An attachment, never rendered inline: a CV is the student's personal data.
      return reply
        .header('content-type', file.mimeType)
        .header(
          'content-disposition',
          `attachment; filename="cv"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('content-length', String(file.sizeBytes))
        .send(ctx.files.read(file.id));
    },
  );
}
