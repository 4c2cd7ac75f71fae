import {
  OutcomeBody,
  OutcomeDeleted,
  OutcomeList,
  OutcomeParams,
  OutcomeView,
  ProfileOutcomesParams,
  RegionList,
  SurveyAnswerBody,
  SurveyAnswered,
  SurveyParams,
  SurveySendBody,
  SurveySent,
  SurveyView,
} from '@inohub/contracts/talent/outcomes';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { resolveViewer } from '../policy.ts';
import { regionList } from './regions.ts';
import * as svc from './service.ts';
import { answerSurvey, readSurvey, sendSurveyAs } from './survey.ts';

const tags = ['talent: outcomes'];
const signedIn = { access: access.signedIn };
const office = { access: access.roles('career_office', 'admin') };
// The survey link is the credential: no session, no password (docs/domain/talent.md, "Survey").
const open = { access: access.public };

export function registerOutcomeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/api/talent/regions',
    {
      config: open,
      schema: {
        tags,
        summary: 'Subjects of Russia with their geography bucket',
        response: { 200: RegionList },
      },
    },
    async () => regionList(),
  );

  r.get(
    '/api/talent/profiles/:profileId/outcomes',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'A graduate’s outcome records (the graduate, their career office, administrators)',
        params: ProfileOutcomesParams,
        response: { 200: OutcomeList },
      },
    },
    async (request) => {
      const viewer = await resolveViewer(db, request.principal);
      return svc.listOutcomes(db, viewer, request.params.profileId);
    },
  );

  r.post(
    '/api/talent/profiles/me/outcomes',
    {
      config: signedIn,
      schema: { tags, summary: 'Report my own outcome', body: OutcomeBody, response: { 201: OutcomeView } },
    },
    async (request, reply) => {
      const viewer = await resolveViewer(db, request.principal);
      const view = await inTransaction(db, (tx) => svc.reportOwnOutcome(tx, viewer, request.body));
      return reply.status(201).send(view);
    },
  );

  r.post(
    '/api/talent/profiles/:profileId/outcomes',
    {
      config: office,
      schema: {
        tags,
        summary: 'Record a graduate’s outcome (career office of their university)',
        params: ProfileOutcomesParams,
        body: OutcomeBody,
        response: { 201: OutcomeView },
      },
    },
    async (request, reply) => {
      const viewer = await resolveViewer(db, request.principal);
      const view = await inTransaction(db, (tx) =>
        svc.recordOutcome(tx, auditContextOf(request), viewer, request.params.profileId, request.body),
      );
      return reply.status(201).send(view);
    },
  );

  r.delete(
    '/api/talent/outcomes/:outcomeId',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Delete an outcome record',
        params: OutcomeParams,
        response: { 200: OutcomeDeleted },
      },
    },
    async (request) => {
      const viewer = await resolveViewer(db, request.principal);
      return inTransaction(db, (tx) =>
        svc.removeOutcome(tx, auditContextOf(request), viewer, request.params.outcomeId),
      );
    },
  );

  // ── the yearly survey

  r.post(
    '/api/talent/surveys',
    {
      config: office,
      schema: {
        tags,
        summary: 'Send this year’s outcome survey now (the job sends it every 1 October)',
        body: SurveySendBody,
        response: { 200: SurveySent },
      },
    },
    async (request) => {
      const viewer = await resolveViewer(db, request.principal);
      return sendSurveyAs(db, ctx.mailer, ctx.baseUrl, auditContextOf(request), viewer, request.body);
    },
  );

  r.get(
    '/api/talent/survey/:token',
    {
      config: open,
      schema: {
        tags,
        summary: 'The survey behind a link (no sign-in)',
        params: SurveyParams,
        response: { 200: SurveyView },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      return readSurvey(db, request.params.token);
    },
  );

  r.post(
    '/api/talent/survey/:token',
    {
      config: open,
      schema: {
        tags,
        summary: 'Answer the survey behind a link (no sign-in; once)',
        params: SurveyParams,
        body: SurveyAnswerBody,
        response: { 200: SurveyAnswered },
      },
    },
    async (request) => answerSurvey(db, request.params.token, request.body),
  );
}
