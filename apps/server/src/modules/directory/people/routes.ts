import { PeopleQuery, PersonDetail, PersonSummary } from '@inohub/contracts/directory';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { access } from '../../../lib/http/access.ts';
import { pageOf } from '../../../lib/http/pagination.ts';
import { getPerson, searchPeople } from './service.ts';

const tags = ['directory'];

export function registerPeopleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/directory/people',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: 'People who made their profile public, with only the fields they chose',
        querystring: PeopleQuery,
        response: { 200: pageOf(PersonSummary) },
      },
    },
    async (request) => {
      const result = await searchPeople(ctx.db, request.query);
      return { ...result, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  r.get(
    '/api/directory/people/:userId',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: "One person's public profile",
        params: z.object({ userId: z.string().min(1).max(100) }).strict(),
        response: { 200: PersonDetail },
      },
    },
    async (request) => getPerson(ctx.db, request.params.userId),
  );
}
