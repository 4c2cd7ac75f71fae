import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { registerApplicationRoutes } from './applications/routes.ts';
import { registerEmployerRoutes } from './employers/routes.ts';
import { registerImportRoutes } from './imports/routes.ts';
import { registerOpportunityRoutes } from './opportunities/routes.ts';
import { registerOutcomeRoutes } from './outcomes/routes.ts';
import type { TalentPorts } from './ports.ts';
import { registerProfileRoutes } from './profiles/routes.ts';
import { registerRecommendationRoutes } from './recommendations/routes.ts';
import { registerRetentionRoutes } from './retention/routes.ts';
import { registerSkillRoutes } from './skills/routes.ts';

/** Every route of the talent module, feature by feature. */
export function registerTalentRoutes(app: FastifyInstance, ctx: AppContext, ports: TalentPorts): void {
  registerSkillRoutes(app, ctx);
  registerProfileRoutes(app, ctx);
  registerImportRoutes(app, ctx);
  registerEmployerRoutes(app, ctx);
  registerOpportunityRoutes(app, ctx);
  registerApplicationRoutes(app, ctx);
  registerRecommendationRoutes(app, ctx);
  registerOutcomeRoutes(app, ctx);
  registerRetentionRoutes(app, ctx, ports);
}
