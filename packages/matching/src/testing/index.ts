// Test helpers for code built on the engine (the CLI, the talent module): random small instances and
// brute-force reference answers. Not part of the runtime API.
export { type SmallLimits, smallInstances, smallLists } from './arbitraries.ts';
export {
  allOrderedSubsets,
  allStableMatchings,
  isStable,
  outcomeCost,
  studentOptimalByBruteForce,
} from './brute-force.ts';
