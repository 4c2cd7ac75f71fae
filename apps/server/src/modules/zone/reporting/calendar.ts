/**
 * Pure date arithmetic of the reporting calendar (docs/domain/zone.md, "reporting calendar"):
 * report periods, due dates and reminder stages. The numbers (N days after a quarter, the annual
 * due day, reminder offsets) come from `zone_reporting_calendars`.
 */
import { addDays } from '../common.ts';

export interface CalendarRule {
  quarterlyDueDays: number;
  annualDueMonth: number;
  annualDueDay: number;
  remindBeforeDays: readonly number[];
  remindAfterDays: readonly number[];
}

export interface ReportPeriod {
  kind: 'quarterly' | 'annual';
  period: string;
  year: number;
  quarter: number | null;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function quarterPeriod(year: number, quarter: number): ReportPeriod {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new Error(`bad quarter ${quarter}`);
  const endMonth = quarter * 3;
  return {
    kind: 'quarterly',
    period: `${year}-Q${quarter}`,
    year,
    quarter,
    start: `${year}-${pad(endMonth - 2)}-01`,
    end: `${year}-${pad(endMonth)}-${pad(lastDayOfMonth(year, endMonth))}`,
  };
}

export function annualPeriod(year: number): ReportPeriod {
  return {
    kind: 'annual',
    period: String(year),
    year,
    quarter: null,
    start: `${year}-01-01`,
    end: `${year}-12-31`,
  };
}

/** `2025-Q3` or `2025` → the period; null when malformed. */
export function parsePeriod(s: string): ReportPeriod | null {
  const q = /^(\d{4})-Q([1-4])$/.exec(s);
  if (q) return quarterPeriod(Number(q[1]), Number(q[2]));
  const y = /^(\d{4})$/.exec(s);
  return y ? annualPeriod(Number(y[1])) : null;
}

/**
 * Quarterly: the quarter's last day + N calendar days (N = 20: Q1 → 20 April, Q4 → 20 January of the
 * next year). Annual: (Y+1)-month-day, the day clamped to the month's length.
 */
export function dueDate(period: ReportPeriod, rule: CalendarRule): string {
  if (period.kind === 'quarterly') return addDays(period.end, rule.quarterlyDueDays);
  const y = period.year + 1;
  const day = Math.min(rule.annualDueDay, lastDayOfMonth(y, rule.annualDueMonth));
  return `${y}-${pad(rule.annualDueMonth)}-${pad(day)}`;
}

/** The quarter `today` falls in (still open): its obligation is shown ahead so the resident sees what is coming. */
export function currentQuarter(today: string): ReportPeriod {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return quarterPeriod(y, Math.floor((m - 1) / 3) + 1);
}

/** The periods that had ended by `today` most recently: the last full quarter and the last full year. */
export function lastClosedPeriods(today: string): ReportPeriod[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3); // quarters fully ended this year
  const quarter = q === 0 ? quarterPeriod(y - 1, 4) : quarterPeriod(y, q);
  return [quarter, annualPeriod(y - 1)];
}

/**
 * The reminder stage to send on `today` for a report due on `dueOn`: the latest stage whose day has
 * come (`before_7` on dueOn − 7 …, `after_14` on dueOn + 14), or null before the first one. Only the
 * latest is sent, so a job that was down for a week does not send a burst of stale reminders.
 */
export function reminderStage(
  today: string,
  dueOn: string,
  rule: Pick<CalendarRule, 'remindBeforeDays' | 'remindAfterDays'>,
): string | null {
  const stages = [
    ...rule.remindBeforeDays.map((d) => ({ stage: `before_${d}`, day: addDays(dueOn, -d) })),
    ...rule.remindAfterDays.map((d) => ({ stage: `after_${d}`, day: addDays(dueOn, d) })),
  ].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  let current: string | null = null;
  for (const s of stages) if (s.day <= today) current = s.stage;
  return current;
}
