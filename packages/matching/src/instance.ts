/**
 * The typed form of a match: programs and students are dense integer ids (0..n-1), and every rank-order
 * list is a slice of one flat array (CSR layout), so a national instance is a handful of typed arrays
 * rather than millions of small JS objects.
 */
export interface MatchInstance {
  /** Seats of each program; its length is the number of programs. A capacity may be 0. */
  readonly capacity: Int32Array;
  /**
   * Student s ranks the programs `studentPrograms[studentStart[s] .. studentStart[s + 1])`, most
   * preferred first. Length: number of students + 1.
   */
  readonly studentStart: Uint32Array;
  readonly studentPrograms: Int32Array;
  /** Program p ranks the students `programStudents[programStart[p] .. programStart[p + 1])`, best first. */
  readonly programStart: Uint32Array;
  readonly programStudents: Int32Array;
}

/** Plain-array description of a match, for callers that build instances from records (talent module, tests). */
export interface MatchLists {
  /** Seats per program, indexed by program id. */
  readonly capacities: readonly number[];
  /** For each student, the program ids it ranks, most preferred first. */
  readonly studentPrefs: readonly (readonly number[])[];
  /** For each program, the student ids it ranks, best first (missing entries mean "ranks nobody"). */
  readonly programPrefs: readonly (readonly number[])[];
}

export function studentCount(instance: MatchInstance): number {
  return instance.studentStart.length - 1;
}

export function programCount(instance: MatchInstance): number {
  return instance.capacity.length;
}

/** Packs plain rank lists into the typed layout. Validation happens in `solveMatch`. */
export function instanceFromLists(lists: MatchLists): MatchInstance {
  const programs = lists.capacities.length;
  const student = packLists(lists.studentPrefs, lists.studentPrefs.length);
  const program = packLists(lists.programPrefs, programs);
  return {
    capacity: Int32Array.from(lists.capacities),
    studentStart: student.start,
    studentPrograms: student.items,
    programStart: program.start,
    programStudents: program.items,
  };
}

function packLists(
  lists: readonly (readonly number[])[],
  owners: number,
): { start: Uint32Array; items: Int32Array } {
  const start = new Uint32Array(owners + 1);
  for (let o = 0; o < owners; o++) start[o + 1] = (start[o] ?? 0) + (lists[o]?.length ?? 0);
  const items = new Int32Array(start[owners] ?? 0);
  for (let o = 0; o < owners; o++) items.set(lists[o] ?? [], start[o] ?? 0);
  return { start, items };
}
