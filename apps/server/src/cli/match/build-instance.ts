// biome-ignore-all lint/style/noNonNullAssertion: typed-array loops over CSR arrays.
import type { MatchInstance } from '@inohub/matching';
import type { GroupedLists } from './group-lists.ts';

/**
 * Assembles the engine's instance. P.csv may name programs absent from C.csv and students absent from
 * S.csv; they were numbered after the real ones, so real programs' lists come first and only entries
 * for unknown students have to be dropped (and only when there are any).
 */
export function buildInstance(
  capacity: Int32Array,
  studentLists: GroupedLists,
  programLists: GroupedLists,
  realStudents: number,
  knownStudents: number,
): MatchInstance {
  const programs = capacity.length;
  const base = {
    capacity,
    studentStart: studentLists.start,
    studentPrograms: studentLists.items,
  };
  const end = programLists.start[programs]!;
  if (knownStudents === realStudents) {
    return {
      ...base,
      programStart: programLists.start.subarray(0, programs + 1),
      programStudents: programLists.items.subarray(0, end),
    };
  }
  const programStart = new Uint32Array(programs + 1);
  const kept = new Int32Array(end);
  let k = 0;
  for (let p = 0; p < programs; p++) {
    for (let i = programLists.start[p]!; i < programLists.start[p + 1]!; i++) {
      const s = programLists.items[i]!;
      if (s < realStudents) kept[k++] = s;
    }
    programStart[p + 1] = k;
  }
  return { ...base, programStart, programStudents: kept.subarray(0, k) };
}
