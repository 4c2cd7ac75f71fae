import {
  OccupancyParams,
  OccupancyQuery,
  OccupancyView,
  VacancyPage,
  VacancyQuery,
} from '@inohub/contracts/zone/space';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { access } from '../../../lib/http/access.ts';
import { buildingOccupancy, searchVacancies } from './service.ts';

const tags = ['zone: space'];

// Vacancies and occupancy. Holds of units for an application are served by the holds feature.
export function registerSpaceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/zone/vacancies',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary:
          'Free units: by type, area, site, and free for the whole date range (default: a year from today)',
        querystring: VacancyQuery,
        response: { 200: VacancyPage },
      },
    },
    async (request) => searchVacancies(ctx.db, request.query),
  );

  r.get(
    '/api/zone/buildings/:buildingId/occupancy',
    {
      config: { access: access.roles('zone_admin') },
      schema: {
        tags,
        summary: 'Occupancy of a building on a date',
        params: OccupancyParams,
        querystring: OccupancyQuery,
        response: { 200: OccupancyView },
      },
    },
    async (request) => buildingOccupancy(ctx.db, request.params.buildingId, request.query.on),
  );
}
