import { describe, expect, it } from 'vitest';
import { checkMatching } from './check.ts';
import { instanceFromLists, type MatchInstance } from './instance.ts';
import { solveMatch } from './solve.ts';
import { MatchInstanceError } from './validate.ts';

describe('solveMatch', () => {
  it('solves a worked example by hand', () => {
    // A (1 seat) prefers s2 > s1 > s0 > s3; B (2 seats) prefers s0 > s1 > s2.
    // s1 displaces s0 at A, s0 falls back to B, s3 is rejected by A and has nothing else.
    const instance = instanceFromLists({
      capacities: [1, 2],
      studentPrefs: [[0, 1], [0, 1], [1, 0], [0]],
      programPrefs: [
        [2, 1, 0, 3],
        [0, 1, 2],
      ],
    });
    const result = solveMatch(instance);
    expect(Array.from(result.programOf)).toEqual([1, 0, 1, -1]);
    expect(Array.from(result.choiceOf)).toEqual([1, 0, 0, -1]);
    expect(Array.from(result.filled)).toEqual([1, 2]);
    expect(result.stats).toMatchObject({
      students: 4,
      programs: 2,
      seats: 3,
      matched: 3,
      unmatched: 1,
      firstChoice: 2,
      byChoice: [2, 1],
      unfilledSeats: 0,
      programsWithUnfilledSeats: 0,
    });
    expect(result.stats.firstChoiceShare).toBeCloseTo(2 / 3);
  });

  it('matches a pair only when each side ranks the other', () => {
    // s0 ranks A, but A ranks only s1; B ranks s0, but s0 does not rank B. Seats are plentiful.
    const result = solveMatch(
      instanceFromLists({ capacities: [5, 5], studentPrefs: [[0], [0]], programPrefs: [[1], [0]] }),
    );
    expect(Array.from(result.programOf)).toEqual([-1, 0]);
    expect(result.stats.unfilledSeats).toBe(9);
  });

  it('handles empty instances, zero capacities and empty lists', () => {
    expect(
      solveMatch(instanceFromLists({ capacities: [], studentPrefs: [], programPrefs: [] })).stats,
    ).toMatchObject({ students: 0, programs: 0, matched: 0, firstChoiceShare: 0 });
    const result = solveMatch(
      instanceFromLists({ capacities: [0, 1], studentPrefs: [[0, 1], []], programPrefs: [[0], [0, 1]] }),
    );
    expect(Array.from(result.programOf)).toEqual([1, -1]);
    expect(result.stats).toMatchObject({ matched: 1, firstChoice: 0, byChoice: [0, 1], seats: 1 });
  });

  it('keeps memory proportional to the lists when a capacity is huge', () => {
    const result = solveMatch(
      instanceFromLists({ capacities: [2 ** 31 - 1], studentPrefs: [[0], [0]], programPrefs: [[1, 0]] }),
    );
    expect(Array.from(result.programOf)).toEqual([0, 0]);
    expect(result.stats.unfilledSeats).toBe(2 ** 31 - 3);
  });

  it('finds a stable matching on a larger skewed instance', () => {
    const instance = randomInstance(4000, 300, 12345);
    const result = solveMatch(instance);
    expect(checkMatching(instance, result.programOf).ok).toBe(true);
    const { stats } = result;
    expect(stats.matched + stats.unmatched).toBe(4000);
    expect(stats.byChoice.reduce((a, b) => a + b, 0)).toBe(stats.matched);
    expect(Array.from(result.filled).reduce((a, b) => a + b, 0)).toBe(stats.matched);
    expect(stats.seats - stats.unfilledSeats).toBe(stats.matched);
    // The instance is built so that competition matters: some students lose their first choice.
    expect(stats.firstChoice).toBeLessThan(stats.matched);
    expect(stats.matched).toBeGreaterThan(3000);
  });
});

describe('validation', () => {
  const valid = () =>
    instanceFromLists({ capacities: [1, 1], studentPrefs: [[0, 1], [1]], programPrefs: [[0], [1, 0]] });
  const broken: [string, (i: MatchInstance) => MatchInstance, RegExp][] = [
    ['a negative capacity', (i) => ({ ...i, capacity: Int32Array.of(1, -1) }), /negative capacity/],
    ['an unknown program', (i) => ({ ...i, studentPrograms: Int32Array.of(0, 2, 1) }), /unknown program 2/],
    ['a repeated program', (i) => ({ ...i, studentPrograms: Int32Array.of(0, 0, 1) }), /program 0 twice/],
    ['a repeated student', (i) => ({ ...i, programStudents: Int32Array.of(0, 0, 0) }), /student 0 twice/],
    ['an unknown student', (i) => ({ ...i, programStudents: Int32Array.of(0, 1, -1) }), /unknown student -1/],
    [
      'a short programStart',
      (i) => ({ ...i, programStart: Uint32Array.of(0, 1) }),
      /programStart has length/,
    ],
    ['a list end past the data', (i) => ({ ...i, studentStart: Uint32Array.of(0, 2, 4) }), /end at 3/],
  ];
  it.each(broken)('rejects %s', (_, mutate, message) => {
    expect(() => solveMatch(valid())).not.toThrow();
    expect(() => solveMatch(mutate(valid()))).toThrow(MatchInstanceError);
    expect(() => solveMatch(mutate(valid()))).toThrow(message);
  });
});

/** Popular programs get most applications; programs rank applicants by a shared score plus noise. */
function randomInstance(students: number, programs: number, seed: number): MatchInstance {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return state / 2 ** 32;
  };
  const score = Array.from({ length: students }, random);
  const studentPrefs = Array.from({ length: students }, () => {
    const list = new Set<number>();
    const length = 1 + Math.floor(random() * 10);
    while (list.size < length) list.add(Math.floor(programs * random() ** 2));
    return [...list];
  });
  const applicants = Array.from({ length: programs }, () => [] as number[]);
  studentPrefs.forEach((list, s) => {
    for (const p of list) if (random() < 0.9) applicants[p]?.push(s);
  });
  const noisy = applicants.map((list) => list.map((s) => [s, (score[s] ?? 0) + random() * 0.3] as const));
  return instanceFromLists({
    capacities: Array.from({ length: programs }, () => Math.floor(random() * 25)),
    studentPrefs,
    programPrefs: noisy.map((list) => list.sort((a, b) => b[1] - a[1]).map(([s]) => s)),
  });
}
