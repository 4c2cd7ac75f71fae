import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { registerBenefitRoutes } from './benefits/routes.ts';
import { registerComplianceRoutes } from './compliance/routes.ts';
import { registerReportingRoutes } from './reporting/routes.ts';

/** Part B of the SEZ module: finance parameters, benefit ledger, reporting, compliance cases. */
export function registerZoneFinanceRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerBenefitRoutes(app, ctx);
  registerReportingRoutes(app, ctx);
  registerComplianceRoutes(app, ctx);
}
