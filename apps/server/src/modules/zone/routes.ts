import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { registerApplicationRoutes } from './applications/routes.ts';
import { registerBenefitRoutes } from './benefits/routes.ts';
import { registerComplianceRoutes } from './compliance/routes.ts';
import { registerEligibilityRoutes } from './eligibility/routes.ts';
import { registerHoldRoutes } from './holds/routes.ts';
import { registerLeaseRoutes } from './leases/routes.ts';
import { registerRegisterRoutes } from './register/routes.ts';
import { registerReportingRoutes } from './reporting/routes.ts';
import { registerSiteRoutes } from './sites/routes.ts';
import { registerSpaceRoutes } from './space/routes.ts';

/** Every route of the zone module, in one plugin scope (multipart is registered here only). */
export async function registerZoneRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 5, parts: 6 },
    });
    registerSiteRoutes(scope, ctx);
    registerEligibilityRoutes(scope, ctx);
    registerApplicationRoutes(scope, ctx);
    registerSpaceRoutes(scope, ctx);
    registerHoldRoutes(scope, ctx);
    registerLeaseRoutes(scope, ctx);
    registerRegisterRoutes(scope, ctx);
    registerBenefitRoutes(scope, ctx);
    registerReportingRoutes(scope, ctx);
    registerComplianceRoutes(scope, ctx);
  });
}
