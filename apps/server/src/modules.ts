import type { FastifyInstance } from 'fastify';
import type { AppContext } from './app-context.ts';
import type { DemoStep } from './lib/demo/step.ts';
import type { ScheduledJob } from './lib/jobs/scheduler.ts';
import type { PersonalDataSpec } from './lib/privacy/personal-data.ts';
import type { ServerModule } from './module.ts';
import { directoryModule } from './modules/directory/index.ts';
import { identityModule } from './modules/identity/index.ts';
import { createTalentModule } from './modules/talent/index.ts';
import { residentOrganizations, zoneModule } from './modules/zone/index.ts';
import { allPersonalDataOf, platformModule } from './platform.ts';

/**
 * Every module, in dependency order (docs/ARCHITECTURE.md, "Modules and their dependencies": a module comes after those it uses).
 * Adding a module is its folder under modules/ and one line here; see CONTRIBUTING.md.
 */
export const MODULES: readonly ServerModule[] = [
  identityModule,
  directoryModule,
  zoneModule,
  createTalentModule({
    zoneResidentOrganizationIds: async (db) => new Set((await residentOrganizations(db)).keys()),
  }),
];

/** The modules and the platform's own parts, which the app picks up the same way. */
const ALL: readonly ServerModule[] = [...MODULES, platformModule(() => ALL)];

export async function registerModules(app: FastifyInstance, ctx: AppContext): Promise<void> {
  for (const m of ALL) await m.registerRoutes(app, ctx);
}

/** Every module's scheduled jobs; the scheduler runs each tick once across all instances. */
export function moduleJobs(ctx: AppContext): ScheduledJob[] {
  return ALL.flatMap((m) => m.jobs?.(ctx) ?? []);
}

/** The demo, part by part, in module order. */
export const DEMO_STEPS: readonly DemoStep[] = ALL.flatMap((m) => m.demo ?? []);

/** Every personal-data tag of every module (the export of my data and the privacy gate read it). */
export const allPersonalData: readonly PersonalDataSpec[] = allPersonalDataOf(ALL);

/** For the erasure job and its tests: every part that erases a person's data. */
export const ERASABLE: readonly ServerModule[] = ALL;
