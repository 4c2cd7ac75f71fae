import { smallLists, studentOptimalByBruteForce } from '@inohub/matching/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csv, solveCase } from './test-helpers.ts';

/** Ids drawn from an alphabet with Cyrillic, astral characters and every CSV special character. */
const id = fc.string({
  unit: fc.constantFrom('a', 'Z', 'я', 'Ж', '😀', '𝔸', '\uFF21', ',', '"', '\n', ' ', '0'),
  minLength: 1,
  maxLength: 5,
});

/** The same instance in every spelling the contract allows. */
const formatted = smallLists({ maxStudents: 6, maxPrograms: 4, maxCapacity: 3 }).chain((lists) =>
  fc.record({
    lists: fc.constant(lists),
    ids: fc.uniqueArray(id, {
      minLength: lists.studentPrefs.length + lists.capacities.length + 2,
      maxLength: 20,
    }),
    gaps: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 64, maxLength: 64 }),
    shuffle: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 64, maxLength: 64 }),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    columnOrder: fc.constantFrom([0, 1, 2], [2, 0, 1], [1, 2, 0], [2, 1, 0]),
    ghosts: fc.boolean(),
  }),
);

describe('match solve agrees with the student-optimal matching', () => {
  it('on random small instances, however the files are written', async () => {
    await fc.assert(
      fc.asyncProperty(formatted, async ({ lists, ids, gaps, shuffle, eol, bom, columnOrder, ghosts }) => {
        const students = lists.studentPrefs.length;
        const studentId = (s: number) => ids[s] ?? '';
        const programId = (p: number) => ids[students + p] ?? '';
        // Ranks: increasing with random gaps. Rows: shuffled by a random key.
        const ranked = (list: readonly number[]) => {
          let rank = 0;
          return list.map((x, k) => {
            rank += gaps[k % gaps.length] ?? 1;
            return [x, rank] as const;
          });
        };
        const shuffled = <T>(rows: T[]) =>
          rows
            .map((row, k) => ({ row, key: shuffle[k % shuffle.length] ?? 0 }))
            .sort((a, b) => a.key - b.key)
            .map(({ row }) => row);
        const reorder = (row: (string | number)[]) => columnOrder.map((c) => row[c] ?? '');
        const file = (header: string[], rows: (string | number)[][]) =>
          (bom ? '\uFEFF' : '') + csv([reorder(header), ...shuffled(rows).map(reorder)], eol);

        const sRows = lists.studentPrefs.flatMap((list, s) =>
          ranked(list).map(([p, rank]) => [studentId(s), programId(p), rank]),
        );
        const pRows = lists.programPrefs.flatMap((list, p) =>
          ranked(list).map(([s, rank]) => [programId(p), studentId(s), rank]),
        );
        if (ghosts) {
          // A student absent from S.csv and a program absent from C.csv: valid rows that never match.
          const ghost = ids[ids.length - 1] ?? '';
          pRows.push([programId(0), ghost, 1_000_000], [ghost, studentId(0), 1]);
        }
        const result = await solveCase({
          C: csv([['program_id', 'capacity'], ...lists.capacities.map((c, p) => [programId(p), c])], eol),
          S: file(['student_id', 'program_id', 'rank'], sRows),
          P: file(['program_id', 'student_id', 'rank'], pRows),
        });

        const optimal = studentOptimalByBruteForce(lists);
        // Students with an empty list have no row in S.csv, so they are not in the match at all.
        const inFile = lists.studentPrefs.flatMap((list, s) => (list.length > 0 ? [s] : []));
        const expected = inFile
          .map((s) => [studentId(s), (optimal[s] ?? -1) < 0 ? '' : programId(optimal[s] ?? 0)])
          .sort(([a], [b]) => Buffer.compare(Buffer.from(a ?? ''), Buffer.from(b ?? '')));
        expect(result.stderr).not.toContain('no output written');
        expect(result.output).toBe(csv([['student_id', 'program_id'], ...expected]));
      }),
      { numRuns: 150 },
    );
  });
});
