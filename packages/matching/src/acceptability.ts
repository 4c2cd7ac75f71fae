// biome-ignore-all lint/style/noNonNullAssertion: typed-array hot loops over a validated instance.
import type { MatchInstance } from './instance.ts';

/**
 * For every entry of the students' lists (aligned with `studentPrograms`), the position of that student
 * in the program's own list, or -1 when the program does not rank the student (the pair is then not
 * acceptable and the proposal is skipped).
 *
 * A join of the two sides in O(entries): the student entries are bucketed by program (counting sort),
 * then each program stamps its students' positions into one student-indexed array, reads its bucket,
 * and clears the stamps. No hash map and no per-pair object.
 */
export function programRankOfEntries(instance: MatchInstance): Int32Array {
  const { capacity, studentStart, studentPrograms, programStart, programStudents } = instance;
  const programs = capacity.length;
  const students = studentStart.length - 1;
  const entries = studentPrograms.length;

  const bucketStart = new Uint32Array(programs + 1);
  for (let e = 0; e < entries; e++) bucketStart[studentPrograms[e]! + 1]!++;
  for (let p = 0; p < programs; p++) bucketStart[p + 1]! += bucketStart[p]!;
  const fill = bucketStart.slice(0, programs);
  const bucketEntry = new Int32Array(entries);
  const bucketStudent = new Int32Array(entries);
  for (let s = 0; s < students; s++) {
    const to = studentStart[s + 1]!;
    for (let e = studentStart[s]!; e < to; e++) {
      const slot = fill[studentPrograms[e]!]!++;
      bucketEntry[slot] = e;
      bucketStudent[slot] = s;
    }
  }

  const rankOf = new Int32Array(entries).fill(-1);
  const positionInList = new Int32Array(students).fill(-1);
  for (let p = 0; p < programs; p++) {
    const bucketFrom = bucketStart[p]!;
    const bucketTo = bucketStart[p + 1]!;
    if (bucketFrom === bucketTo) continue;
    const listFrom = programStart[p]!;
    const listTo = programStart[p + 1]!;
    for (let i = listFrom; i < listTo; i++) positionInList[programStudents[i]!] = i - listFrom;
    for (let b = bucketFrom; b < bucketTo; b++) rankOf[bucketEntry[b]!] = positionInList[bucketStudent[b]!]!;
    for (let i = listFrom; i < listTo; i++) positionInList[programStudents[i]!] = -1;
  }
  return rankOf;
}
