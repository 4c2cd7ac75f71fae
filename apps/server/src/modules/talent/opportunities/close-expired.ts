import type { Db } from '../../../lib/db/types.ts';
import { todayInTomsk } from './dates.ts';
import { closePastDeadline } from './repo.ts';

/**
 * Closes every published posting whose deadline (a Tomsk date) is before today there. The public
 * list already hides them by the same rule; the job makes the status say so for the employer.
 * Idempotent: a second run finds nothing to close.
 */
export async function closeExpiredOpportunities(db: Db, now: Date = new Date()): Promise<{ closed: number }> {
  return { closed: await closePastDeadline(db, todayInTomsk(now), now) };
}
