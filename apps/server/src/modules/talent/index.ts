// Public door of the talent module: profiles, employers, opportunities, applications, outcomes.
export { createTalentModule } from './module.ts';
export { talentPersonalData } from './personal-data.ts';
export { NO_PORTS, type TalentPorts } from './ports.ts';
