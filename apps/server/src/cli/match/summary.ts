import type { MatchStats } from '@inohub/matching';

export interface Timings {
  /** From process start to the first input byte (runtime, TypeScript loader, command parsing). */
  readonly start: number;
  readonly read: number;
  readonly match: number;
  readonly write: number;
  /** From process start to the output file in place. */
  readonly total: number;
}

const count = (n: number) => n.toLocaleString('en-US');
const percent = (part: number, whole: number) => (whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The summary printed to stderr after a successful match. */
export function formatSummary(stats: MatchStats, out: string, time: Timings): string {
  return [
    `match: ${count(stats.students)} students, ${count(stats.programs)} programs, ${count(stats.seats)} seats`,
    `  matched         ${count(stats.matched)} (${percent(stats.matched, stats.students)} %)`,
    `  unmatched       ${count(stats.unmatched)}`,
    `  first choice    ${count(stats.firstChoice)} (${percent(stats.firstChoice, stats.matched)} % of matched)`,
    `  unfilled seats  ${count(stats.unfilledSeats)} in ${count(stats.programsWithUnfilledSeats)} programs`,
    `  time            ${seconds(time.total)} (start ${seconds(time.start)}, read ${seconds(time.read)}, ` +
      `match ${seconds(time.match)}, write ${seconds(time.write)})`,
    `  written         ${out}`,
    '',
  ].join('\n');
}
