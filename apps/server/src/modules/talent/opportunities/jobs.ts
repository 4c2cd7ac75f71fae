import type { AppContext } from '../../../app-context.ts';
import type { ScheduledJob } from '../../../lib/jobs/scheduler.ts';
import { closeExpiredOpportunities } from './close-expired.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Daily: published postings past their deadline close (docs/domain/talent.md, "Opportunities"). */
export function opportunityJobs(ctx: AppContext): ScheduledJob[] {
  return [
    {
      name: 'talent.close_expired_opportunities',
      everyMs: DAY,
      run: async (now) => closeExpiredOpportunities(ctx.db, now),
    },
  ];
}
