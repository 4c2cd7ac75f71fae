import { SectorView } from '@inohub/contracts/directory';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { access } from '../../../lib/http/access.ts';
import { listSectors } from './service.ts';

export function registerSectorRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/directory/sectors',
    {
      config: { access: access.public },
      schema: {
        tags: ['directory'],
        summary: 'The sectors taxonomy (IT sectors flagged)',
        response: { 200: z.array(SectorView) },
      },
    },
    async () => listSectors(ctx.db),
  );
}
