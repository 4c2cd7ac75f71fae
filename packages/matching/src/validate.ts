// biome-ignore-all lint/style/noNonNullAssertion: typed-array loops; every index is range-checked first.
import type { MatchInstance } from './instance.ts';

/** Thrown when a typed instance breaks the layout `solveMatch` relies on. */
export class MatchInstanceError extends RangeError {
  override name = 'MatchInstanceError';
}

/**
 * Checks the instance in O(students + programs + list entries). The engine's inner loop trusts these
 * facts (ids in range, no repeated entry in a list), so a bad instance fails here with a clear message
 * instead of producing a silently wrong matching.
 */
export function validateInstance(instance: MatchInstance): void {
  const { capacity, studentStart, studentPrograms, programStart, programStudents } = instance;
  const programs = capacity.length;
  if (studentStart.length < 1) throw new MatchInstanceError('studentStart must have length students + 1');
  const students = studentStart.length - 1;
  if (programStart.length !== programs + 1) {
    throw new MatchInstanceError(
      `programStart has length ${programStart.length}, expected programs + 1 = ${programs + 1}`,
    );
  }
  for (let p = 0; p < programs; p++) {
    if (capacity[p]! < 0) throw new MatchInstanceError(`program ${p} has negative capacity ${capacity[p]}`);
  }
  checkLists('student', studentStart, studentPrograms, programs, 'program');
  checkLists('program', programStart, programStudents, students, 'student');
}

function checkLists(
  owner: string,
  start: Uint32Array,
  items: Int32Array,
  itemCount: number,
  item: string,
): void {
  const owners = start.length - 1;
  if (start[0] !== 0 || start[owners] !== items.length) {
    throw new MatchInstanceError(`${owner} lists must start at 0 and end at ${items.length}`);
  }
  // lastOwner[x] = the owner whose list last contained x: detects a repeat without clearing per list.
  const lastOwner = new Int32Array(itemCount).fill(-1);
  for (let o = 0; o < owners; o++) {
    const from = start[o]!;
    const to = start[o + 1]!;
    if (to < from) throw new MatchInstanceError(`${owner} ${o}: list end precedes its start`);
    for (let i = from; i < to; i++) {
      const x = items[i]!;
      if (x < 0 || x >= itemCount) throw new MatchInstanceError(`${owner} ${o} ranks unknown ${item} ${x}`);
      if (lastOwner[x] === o) throw new MatchInstanceError(`${owner} ${o} ranks ${item} ${x} twice`);
      lastOwner[x] = o;
    }
  }
}
