import { and, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../lib/db/types.ts';
import { zoneCalendarDays } from './zone.tables.ts';

// Shared building blocks of the API contract.
export { DateStr, Kopecks, Uuid } from '@inohub/contracts/common';

/** Today's calendar date in Tomsk (UTC+7), the zone's time zone. */
export function todayInTomsk(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tomsk',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * The date `n` working days after `from` (Monday–Friday, corrected by zone_calendar_days:
 * public holidays off, moved Saturdays on).
 */
export async function addWorkingDays(db: Db, from: string, n: number): Promise<string> {
  const horizon = addDays(from, n * 2 + 30);
  const overrides = await db
    .select()
    .from(zoneCalendarDays)
    .where(and(gte(zoneCalendarDays.day, from), lte(zoneCalendarDays.day, horizon)));
  const map = new Map(overrides.map((o) => [o.day, o.isWorking]));
  let day = from;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const working = map.get(day) ?? (weekday !== 0 && weekday !== 6);
    if (working) left--;
  }
  return day;
}

export async function isWorkingDay(db: Db, day: string): Promise<boolean> {
  const [o] = await db.select().from(zoneCalendarDays).where(eq(zoneCalendarDays.day, day));
  if (o) return o.isWorking;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** `[from, to]` inclusive calendar dates as a PostgreSQL daterange literal `[from, to+1)`. */
export function rangeOf(from: string, toInclusive: string): string {
  return `[${from},${addDays(toInclusive, 1)})`;
}

/** Parses `[a,b)` back into inclusive dates. */
export function parseRange(range: string): { from: string; to: string } {
  const m = /^[[(](\d{4}-\d{2}-\d{2}),(\d{4}-\d{2}-\d{2})[)\]]$/.exec(range);
  if (!m?.[1] || !m[2]) throw new Error(`unexpected daterange ${range}`);
  const from = range.startsWith('(') ? addDays(m[1], 1) : m[1];
  const to = range.endsWith(')') ? addDays(m[2], -1) : m[2];
  return { from, to };
}
