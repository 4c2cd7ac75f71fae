import type { FastifyInstance } from 'fastify';
import type { AppContext } from './app-context.ts';
import { registerUserAdminRoutes } from './modules/identity/index.ts';

/** Registers every module's routes, in the dependency order of DESIGN.md §2. */
export async function registerModules(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerUserAdminRoutes(app, ctx);
}
