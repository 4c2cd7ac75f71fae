import type { AppContext } from '../../../app-context.ts';
import type { ScheduledJob } from '../../../lib/jobs/scheduler.ts';
import { todayInTomsk } from './dates.ts';
import { type SendResult, sendSurvey } from './survey.ts';

/** The survey goes out on 1 October, Tomsk time (docs/domain/talent.md, "Survey"). */
export const SURVEY_DAY = '10-01';

/**
 * Sends the year's survey to every university's graduates when `now` is 1 October in Tomsk, and
 * does nothing on other days. Safe to run on every tick of that day: the unique index on profile
 * and year makes a second run invite nobody (docs/domain/talent.md, "Survey").
 */
export async function runSurveyJob(ctx: AppContext, now: Date = new Date()): Promise<SendResult | null> {
  const today = todayInTomsk(now);
  if (today.slice(5) !== SURVEY_DAY) return null;
  return sendSurvey(ctx.db, ctx.mailer, ctx.baseUrl, {
    surveyYear: Number(today.slice(0, 4)),
    universityId: null,
    now,
  });
}

export function outcomeJobs(ctx: AppContext): ScheduledJob[] {
  // Hourly: a server that was down at midnight still sends the survey later that day.
  return [{ name: 'talent.outcome_survey', everyMs: 3_600_000, run: (now) => runSurveyJob(ctx, now) }];
}
