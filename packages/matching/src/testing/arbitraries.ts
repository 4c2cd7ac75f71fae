import fc from 'fast-check';
import { instanceFromLists, type MatchInstance, type MatchLists } from '../instance.ts';

export interface SmallLimits {
  readonly maxStudents: number;
  readonly maxPrograms: number;
  readonly maxCapacity: number;
}

/**
 * Random small instances in plain-list form. Half of them let programs rank exactly the students who
 * applied (the usual case), half draw both sides independently, so one-sided pairs (not acceptable) are
 * common too.
 */
export function smallLists(limits: SmallLimits): fc.Arbitrary<MatchLists> {
  return fc
    .record({
      students: fc.integer({ min: 0, max: limits.maxStudents }),
      programs: fc.integer({ min: 0, max: limits.maxPrograms }),
    })
    .chain(({ students, programs }) => {
      const ids = (n: number) => Array.from({ length: n }, (_, i) => i);
      return fc.record({
        capacities: fc.array(fc.integer({ min: 0, max: limits.maxCapacity }), {
          minLength: programs,
          maxLength: programs,
        }),
        studentPrefs: fc.array(fc.shuffledSubarray(ids(programs)), {
          minLength: students,
          maxLength: students,
        }),
        programPrefs: fc.array(fc.shuffledSubarray(ids(students)), {
          minLength: programs,
          maxLength: programs,
        }),
        programsRankApplicants: fc.boolean(),
        order: fc.array(fc.integer(), { minLength: students, maxLength: students }),
      });
    })
    .map(({ capacities, studentPrefs, programPrefs, programsRankApplicants, order }) => {
      if (!programsRankApplicants) return { capacities, studentPrefs, programPrefs };
      // Each program ranks its applicants, in an order drawn per program from `order` and its own list.
      const applicants = capacities.map(() => [] as number[]);
      studentPrefs.forEach((list, s) => {
        for (const p of list) applicants[p]?.push(s);
      });
      const ranked = applicants.map((list, p) =>
        list.sort((a, b) => ((order[a] ?? 0) ^ p) - ((order[b] ?? 0) ^ p) || a - b),
      );
      return { capacities, studentPrefs, programPrefs: ranked };
    });
}

export function smallInstances(limits: SmallLimits): fc.Arbitrary<MatchInstance> {
  return smallLists(limits).map(instanceFromLists);
}
