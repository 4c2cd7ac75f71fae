// Public surface of @inohub/matching: the typed instance, the solver and the independent checker.
export { type BlockingPair, checkMatching, findBlockingPairs, type MatchingCheck } from './check.ts';
export {
  instanceFromLists,
  type MatchInstance,
  type MatchLists,
  programCount,
  studentCount,
} from './instance.ts';
export { type MatchResult, solveMatch } from './solve.ts';
export type { MatchStats } from './stats.ts';
export { MatchInstanceError, validateInstance } from './validate.ts';
