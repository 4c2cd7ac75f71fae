import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMatching, findBlockingPairs } from './check.ts';
import { instanceFromLists } from './instance.ts';
import { smallLists } from './testing/arbitraries.ts';
import { isStable } from './testing/brute-force.ts';

describe('checkMatching', () => {
  const instance = instanceFromLists({
    capacities: [1, 1],
    studentPrefs: [[0, 1], [0], [1]],
    programPrefs: [
      [0, 1],
      [2, 0],
    ],
  });

  it('accepts the stable matching', () => {
    expect(checkMatching(instance, Int32Array.of(0, -1, 1))).toEqual({
      ok: true,
      overCapacity: [],
      unacceptable: [],
      blockingPairs: [],
    });
  });

  it('reports blocking pairs, exceeded capacities and unacceptable pairs', () => {
    // Nobody matched: every mutually ranked pair blocks, since every seat is free.
    expect(findBlockingPairs(instance, Int32Array.of(-1, -1, -1))).toEqual([
      { student: 0, program: 0 },
      { student: 1, program: 0 },
      { student: 2, program: 1 },
      { student: 0, program: 1 },
    ]);
    // s1 holds A although A prefers s0, who prefers A to B.
    expect(findBlockingPairs(instance, Int32Array.of(1, 0, -1))).toEqual([
      { student: 0, program: 0 },
      { student: 2, program: 1 },
    ]);
    const check = checkMatching(instance, Int32Array.of(0, 0, 0));
    expect(check.ok).toBe(false);
    expect(check.overCapacity).toEqual([0]);
    expect(check.unacceptable).toEqual([2]); // s2 does not rank A
  });

  it('agrees with the textbook definition on arbitrary matchings', () => {
    const withMatching = smallLists({ maxStudents: 6, maxPrograms: 4, maxCapacity: 3 }).chain((lists) =>
      fc.record({
        lists: fc.constant(lists),
        matching: fc.array(fc.integer({ min: -1, max: lists.capacities.length - 1 }), {
          minLength: lists.studentPrefs.length,
          maxLength: lists.studentPrefs.length,
        }),
      }),
    );
    fc.assert(
      fc.property(withMatching, ({ lists, matching }) => {
        const check = checkMatching(instanceFromLists(lists), Int32Array.from(matching));
        const feasible = check.overCapacity.length === 0 && check.unacceptable.length === 0;
        if (feasible) expect(check.blockingPairs.length === 0).toBe(isStable(lists, matching));
      }),
      { numRuns: 1000 },
    );
  });
});
