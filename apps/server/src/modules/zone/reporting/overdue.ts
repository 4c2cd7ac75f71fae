import type { Db } from '../../../lib/db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { todayInTomsk } from '../common.ts';
import { anyOverdue, overdueOf } from './repo.ts';

// The overdue gate (docs/domain/zone.md, "reporting calendar"): a report is overdue when it is not
// submitted (due, draft or returned) and its due date has passed; the due day itself is not late.

export const overdueReports = (db: Db, residentId: string, today: string = todayInTomsk()) =>
  overdueOf(db, residentId, today);

export const hasOverdueReports = (db: Db, residentId: string, today: string = todayInTomsk()) =>
  anyOverdue(db, residentId, today);

/** Gate for new service requests (leases, amendments): refuses while a report is overdue. */
export async function assertNoOverdueReports(
  db: Db,
  residentId: string,
  today: string = todayInTomsk(),
): Promise<void> {
  const list = await overdueOf(db, residentId, today);
  if (list.length > 0) {
    throw new AppError(
      'unprocessable',
      'zone.reports_overdue',
      `The resident has overdue reports (${list.map((r) => r.period).join(', ')}); file them first`,
      list.map((r) => ({ field: `reports.${r.period}`, message: `due ${r.dueOn}`, code: 'overdue' })),
    );
  }
}
