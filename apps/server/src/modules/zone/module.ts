import type { ServerModule } from '../../module.ts';
import { zoneFinanceDemoStep } from './demo/finance-demo.ts';
import { zoneDemoStep } from './demo/zone-demo.ts';
import { zoneJobs } from './jobs.ts';
import { zonePersonalData } from './personal-data.ts';
import { registerZoneRoutes } from './routes.ts';

/**
 * The special economic zone: sites and space, residency applications, the register, leases,
 * benefits, reporting and compliance. Its personal data is who acted on a company's record
 * (submitted, approved, closed a year): the legal trail, kept with the record, so it has no
 * erasure step (the person's name and address go with their account; the user id stays).
 */
export const zoneModule: ServerModule = {
  name: 'zone',
  registerRoutes: registerZoneRoutes,
  jobs: zoneJobs,
  demo: [zoneDemoStep, zoneFinanceDemoStep],
  personalData: zonePersonalData,
};
