import type { Db } from '../../../lib/db/types.ts';
import type { Mailer } from '../../../lib/mail/mailer.ts';
import { generateDueObligations } from './obligations.ts';
import { sendReportReminders } from './reminders.ts';

/**
 * The reporting tick, run hourly by the zone's scheduled jobs (`../jobs.ts`): creates the
 * obligations of the periods that have just closed and of the quarter under way (idempotent) and
 * sends due reminders (idempotent per report and stage).
 */
export async function runReportingJobs(db: Db, mailer: Mailer, now: Date = new Date(), baseUrl = '') {
  const obligations = await generateDueObligations(db, now);
  const reminders = await sendReportReminders(db, mailer, now, baseUrl);
  return { obligations, reminders };
}
