import { SkillBody, SkillList, SkillQuery, SkillView } from '@inohub/contracts/talent/skills';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { addSkill, searchSkills } from './service.ts';

const tags = ['talent: skills'];

export function registerSkillRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/api/talent/skills',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: 'The skills taxonomy, or the skills whose Russian or English name matches',
        querystring: SkillQuery,
        response: { 200: SkillList },
      },
    },
    async (request) => searchSkills(db, request.query.q, request.query.limit),
  );

  r.post(
    '/api/talent/skills',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: 'Add a skill the taxonomy lacks (answers the existing skill of the same name)',
        body: SkillBody,
        response: { 200: SkillView, 201: SkillView },
      },
    },
    async (request, reply) => {
      const { skill, created } = await inTransaction(db, (tx) =>
        addSkill(tx, auditContextOf(request), request.body),
      );
      return reply.status(created ? 201 : 200).send(skill);
    },
  );
}
