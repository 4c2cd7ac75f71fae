import type { FastifyInstance } from 'fastify';
import type { AppContext } from './app-context.ts';
import { registerBackupRoutes } from './backup/routes.ts';
import type { ScheduledJob } from './lib/jobs/scheduler.ts';
import { registerDirectoryRoutes } from './modules/directory/index.ts';
import { registerUserAdminRoutes } from './modules/identity/index.ts';
import { registerZoneRoutes, zoneJobs } from './modules/zone/index.ts';
import { eraseDueAccounts } from './privacy/erasure.ts';
import { registerPrivacyRoutes } from './privacy/routes.ts';

/** Registers every module's routes, in the dependency order of DESIGN.md §2. */
export async function registerModules(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerUserAdminRoutes(app, ctx);
  registerDirectoryRoutes(app, ctx);
  registerBackupRoutes(app, ctx);
  registerPrivacyRoutes(app, ctx);
  await registerZoneRoutes(app, ctx);
}

/** Every module's scheduled jobs; the scheduler runs each tick once across all instances. */
export function moduleJobs(ctx: AppContext): ScheduledJob[] {
  return [
    { name: 'platform.mail_retry', everyMs: 60_000, run: () => ctx.mailer.deliverPending(ctx.db) },
    { name: 'privacy.erase_due_accounts', everyMs: 6 * 3_600_000, run: () => eraseDueAccounts(ctx.db) },
    ...zoneJobs(ctx),
  ];
}
