// Public door of the zone module: zones and sites, residency applications, register, space and leases.
export { APPLICATION_ACTIONS, type ApplicationAction, TRANSITIONS } from './applications/state-machine.ts';
export { zoneJobs } from './jobs.ts';
export { zoneModule } from './module.ts';
export { zonePersonalData } from './personal-data.ts';
export { residentOrganizations } from './register/repo.ts';
export { zoneStats } from './register/service.ts';
export { registerZoneRoutes } from './routes.ts';
