import { deferredAcceptance } from './deferred-acceptance.ts';
import type { MatchInstance } from './instance.ts';
import { type MatchStats, matchStats } from './stats.ts';
import { validateInstance } from './validate.ts';

export interface MatchResult {
  /** Program of each student, or -1 when unmatched. */
  readonly programOf: Int32Array;
  /** 0-based position of that program in the student's list, or -1 when unmatched. */
  readonly choiceOf: Int32Array;
  /** Seats taken in each program. */
  readonly filled: Int32Array;
  readonly stats: MatchStats;
}

/**
 * Computes the student-optimal stable matching of a typed instance: the entry point for the talent
 * module and the CLI. A pair is acceptable only when each side ranks the other. Deterministic: the
 * result depends only on the lists, never on timing or iteration order.
 *
 * @throws MatchInstanceError when the instance is malformed (ids out of range, an entry repeated in a list,
 *   a negative capacity).
 */
export function solveMatch(instance: MatchInstance): MatchResult {
  validateInstance(instance);
  const assignment = deferredAcceptance(instance);
  return {
    programOf: assignment.programOf,
    choiceOf: assignment.choiceOf,
    filled: assignment.filled,
    stats: matchStats(instance, assignment),
  };
}
