import type { ServerModule } from '../../module.ts';
import { talentDemoStep } from './demo/step.ts';
import { eraseTalentPerson } from './erasure.ts';
import { talentJobs } from './jobs.ts';
import { talentPersonalData } from './personal-data.ts';
import type { TalentPorts } from './ports.ts';
import { registerTalentRoutes } from './routes.ts';

/**
 * Students and graduates, employers and their postings, applications, recommendations, and where
 * graduates go to work (docs/domain/talent.md).
 */
export function createTalentModule(ports: TalentPorts): ServerModule {
  return {
    name: 'talent',
    registerRoutes: (app, ctx) => registerTalentRoutes(app, ctx, ports),
    jobs: talentJobs,
    demo: [talentDemoStep(ports)],
    personalData: talentPersonalData,
    erasePerson: eraseTalentPerson,
  };
}
