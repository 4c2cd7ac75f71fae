import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { registerMeRoutes } from './me/routes.ts';
import { registerMemberRoutes } from './members/routes.ts';
import { registerOrganizationRoutes } from './organizations/routes.ts';
import { registerPeopleRoutes } from './people/routes.ts';
import { registerSectorRoutes } from './sectors/routes.ts';
import { registerStatsRoutes } from './stats/routes.ts';

/** Every route of the directory (and /api/me, whose memberships live here). */
export function registerDirectoryRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerOrganizationRoutes(app, ctx);
  registerMemberRoutes(app, ctx);
  registerSectorRoutes(app, ctx);
  registerStatsRoutes(app, ctx);
  registerPeopleRoutes(app, ctx);
  registerMeRoutes(app, ctx);
}
