// biome-ignore-all lint/style/noNonNullAssertion: typed-array loops over arrays of known length.
import type { Assignment } from './deferred-acceptance.ts';
import type { MatchInstance } from './instance.ts';

/** Figures for the results screen and the CLI summary. */
export interface MatchStats {
  readonly students: number;
  readonly programs: number;
  /** Sum of all capacities. */
  readonly seats: number;
  readonly matched: number;
  readonly unmatched: number;
  /** Matched students who got the first program of their own list. */
  readonly firstChoice: number;
  /** firstChoice / matched, as NRMP reports it (0 when nobody is matched). */
  readonly firstChoiceShare: number;
  /** byChoice[i]: students matched to the (i + 1)-th program of their list. */
  readonly byChoice: readonly number[];
  /** Seats left empty: sum over programs of capacity - filled. */
  readonly unfilledSeats: number;
  /** Programs with at least one empty seat. */
  readonly programsWithUnfilledSeats: number;
  /** Proposals to programs that ranked the student (work done by the algorithm). */
  readonly proposals: number;
}

export function matchStats(instance: MatchInstance, assignment: Assignment): MatchStats {
  const { capacity } = instance;
  const { choiceOf, filled } = assignment;
  const byChoice: number[] = [];
  let matched = 0;
  for (let s = 0; s < choiceOf.length; s++) {
    const choice = choiceOf[s]!;
    if (choice < 0) continue;
    matched++;
    while (byChoice.length <= choice) byChoice.push(0);
    byChoice[choice]!++;
  }
  let seats = 0;
  let unfilledSeats = 0;
  let programsWithUnfilledSeats = 0;
  for (let p = 0; p < capacity.length; p++) {
    seats += capacity[p]!;
    const empty = capacity[p]! - filled[p]!;
    unfilledSeats += empty;
    if (empty > 0) programsWithUnfilledSeats++;
  }
  const firstChoice = byChoice[0] ?? 0;
  return {
    students: choiceOf.length,
    programs: capacity.length,
    seats,
    matched,
    unmatched: choiceOf.length - matched,
    firstChoice,
    firstChoiceShare: matched === 0 ? 0 : firstChoice / matched,
    byChoice,
    unfilledSeats,
    programsWithUnfilledSeats,
    proposals: assignment.proposals,
  };
}
