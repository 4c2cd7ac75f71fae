import type { AppContext } from '../../app-context.ts';
import type { ScheduledJob } from '../../lib/jobs/scheduler.ts';
import { systemAuditContext } from '../identity/index.ts';
import { runComplianceEvaluation } from './compliance/index.ts';
import { runReportingJobs } from './reporting/index.ts';

const HOUR = 60 * 60 * 1000;

/** The zone's scheduled work: report obligations and reminders hourly, compliance flags daily. */
export function zoneJobs(ctx: AppContext): ScheduledJob[] {
  return [
    {
      name: 'zone.reporting',
      everyMs: HOUR,
      run: async (now) => {
        await runReportingJobs(ctx.db, ctx.mailer, now, ctx.baseUrl);
        await ctx.mailer.deliverPending(ctx.db);
      },
    },
    {
      name: 'zone.compliance',
      everyMs: 24 * HOUR,
      run: async () => runComplianceEvaluation(ctx.db, systemAuditContext),
    },
  ];
}
