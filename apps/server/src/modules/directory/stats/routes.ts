import { DirectoryStats } from '@inohub/contracts/directory';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { access } from '../../../lib/http/access.ts';
import { directoryStats } from './service.ts';

export function registerStatsRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/directory/stats',
    {
      config: { access: access.public },
      schema: {
        tags: ['directory'],
        summary: 'Headline figures of the directory for the home page',
        response: { 200: DirectoryStats },
      },
    },
    async () => directoryStats(ctx.db),
  );
}
