import type { ReportView } from '@inohub/contracts/zone/reporting';
import { todayInTomsk } from '../common.ts';
import type { ReportRow } from './repo.ts';
import { isEditable, isOverdue } from './rules.ts';

/** A report as the API shows it: with whether it is overdue and whether it can still be changed. */
export function reportView(r: ReportRow, today: string = todayInTomsk()): ReportRow & ReportView {
  return { ...r, overdue: isOverdue(r, today), editable: isEditable(r.status) };
}
