import type { AppContext } from '../../app-context.ts';
import type { ScheduledJob } from '../../lib/jobs/scheduler.ts';
import { opportunityJobs } from './opportunities/jobs.ts';
import { outcomeJobs } from './outcomes/jobs.ts';

/** The talent module's scheduled work: postings past their deadline close, the yearly survey goes out. */
export function talentJobs(ctx: AppContext): ScheduledJob[] {
  return [...opportunityJobs(ctx), ...outcomeJobs(ctx)];
}
