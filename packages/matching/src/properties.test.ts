import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMatching } from './check.ts';
import { instanceFromLists, type MatchLists } from './instance.ts';
import { solveMatch } from './solve.ts';
import { smallLists } from './testing/arbitraries.ts';
import {
  allOrderedSubsets,
  isStable,
  outcomeCost,
  studentOptimalByBruteForce,
} from './testing/brute-force.ts';

const solveLists = (lists: MatchLists): number[] =>
  Array.from(solveMatch(instanceFromLists(lists)).programOf);

const medium = smallLists({ maxStudents: 40, maxPrograms: 12, maxCapacity: 4 });
const tiny = smallLists({ maxStudents: 5, maxPrograms: 4, maxCapacity: 2 });

// fast-check draws a new seed each run and prints it (with the shrunk counterexample) on failure.
describe('deferred acceptance properties', () => {
  it('leaves no blocking pair, respects capacities and matches only acceptable pairs', () => {
    fc.assert(
      fc.property(medium, (lists) => {
        const instance = instanceFromLists(lists);
        const result = solveMatch(instance);
        const check = checkMatching(instance, result.programOf);
        expect(check.blockingPairs).toEqual([]);
        expect(check.overCapacity).toEqual([]);
        expect(check.unacceptable).toEqual([]);
        // The textbook definition agrees, with no code shared with the engine or the checker.
        expect(isStable(lists, Array.from(result.programOf))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('equals the student-optimal stable matching found by brute force', () => {
    fc.assert(
      fc.property(tiny, (lists) => {
        expect(solveLists(lists)).toEqual(studentOptimalByBruteForce(lists));
      }),
      { numRuns: 500 },
    );
  });

  it('never rewards a student for misreporting its list', () => {
    fc.assert(
      fc.property(tiny, (lists) => {
        const truthful = solveLists(lists);
        const reports = allOrderedSubsets(lists.capacities.length);
        lists.studentPrefs.forEach((trueList, s) => {
          const honest = outcomeCost(trueList, truthful[s] ?? -1);
          for (const report of reports) {
            const studentPrefs = lists.studentPrefs.map((list, t) => (t === s ? report : list));
            const lied = solveLists({ ...lists, studentPrefs });
            expect(outcomeCost(trueList, lied[s] ?? -1)).toBeGreaterThanOrEqual(honest);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and does not depend on how students and programs are numbered', () => {
    const withRelabelling = medium.chain((lists) =>
      fc.record({
        lists: fc.constant(lists),
        studentPerm: fc.shuffledSubarray(
          lists.studentPrefs.map((_, i) => i),
          { minLength: lists.studentPrefs.length },
        ),
        programPerm: fc.shuffledSubarray(
          lists.capacities.map((_, i) => i),
          { minLength: lists.capacities.length },
        ),
      }),
    );
    fc.assert(
      fc.property(withRelabelling, ({ lists, studentPerm, programPerm }) => {
        const original = solveLists(lists);
        expect(solveLists(lists)).toEqual(original);
        // Student s becomes studentPerm[s], program p becomes programPerm[p].
        const relabelled: MatchLists = {
          capacities: permute(lists.capacities, programPerm),
          studentPrefs: permute(
            lists.studentPrefs.map((list) => list.map((p) => programPerm[p] ?? -1)),
            studentPerm,
          ),
          programPrefs: permute(
            lists.programPrefs.map((list) => list.map((s) => studentPerm[s] ?? -1)),
            programPerm,
          ),
        };
        const solved = solveLists(relabelled);
        const mappedBack = original.map((p) => (p < 0 ? -1 : (programPerm[p] ?? -2)));
        expect(studentPerm.map((t) => solved[t])).toEqual(mappedBack);
      }),
      { numRuns: 200 },
    );
  });
});

/** Places items[i] at index perm[i]. */
function permute<T>(items: readonly T[], perm: readonly number[]): T[] {
  const out = new Array<T>(items.length);
  items.forEach((item, i) => {
    out[perm[i] ?? i] = item;
  });
  return out;
}
