import { statSync } from 'node:fs';
import type { MatchInstance } from '@inohub/matching';
import { buildInstance } from './build-instance.ts';
import { groupLists } from './group-lists.ts';
import { IdTable } from './id-table.ts';
import type { InputErrors } from './input-errors.ts';
import { loadCapacities } from './load-capacities.ts';
import { loadLists } from './load-lists.ts';
import { reportDuplicates } from './report-duplicates.ts';
import { ListRows } from './rows.ts';

export interface InputPaths {
  readonly capacities: string;
  readonly students: string;
  readonly programs: string;
}

export interface MatchInput {
  readonly instance: MatchInstance;
  /** Students of S.csv are ids 0..instance students - 1; ids after them are unknown students of P.csv. */
  readonly students: IdTable;
  /** Programs of C.csv are ids 0..programs - 1; ids after them are unknown programs of P.csv. */
  readonly programs: IdTable;
}

/**
 * Reads and checks the three files in order (C, S, P) and builds the engine's instance. Returns
 * undefined when a file has problems (they are in `errors`); later files are then not read, since
 * their messages would mostly repeat the first file's mistake.
 *
 * @param onProgress bytes read so far over all three files.
 */
export function loadInput(
  paths: InputPaths,
  errors: InputErrors,
  onProgress: (bytes: number) => void = () => {},
): MatchInput | undefined {
  const sizes = [paths.capacities, paths.students, paths.programs].map(fileSize);
  const [capacityBytes = 0, studentBytes = 0, programBytes = 0] = sizes;

  const { programs, capacity } = loadCapacities(paths.capacities, paths.capacities, errors);
  if (errors.any) return undefined;

  const students = new IdTable();
  // One set of row arrays, sized for the larger list file, serves both (see ListRows).
  const rows = new ListRows(ListRows.capacityFor(Math.max(studentBytes, programBytes)));
  const studentFile = {
    path: paths.students,
    file: paths.students,
    ownerLabel: 'student',
    owners: students,
    otherLabel: 'program',
    others: programs,
  };
  loadLists(
    {
      ...studentFile,
      ownerColumn: 'student_id',
      otherColumn: 'program_id',
      othersMustExistIn: paths.capacities,
      onProgress: (bytes) => onProgress(capacityBytes + bytes),
    },
    rows,
    errors,
  );
  if (errors.any) return undefined;
  const scratch = new Int32Array(rows.owner.length);
  const studentGroups = groupLists(rows, students.size, programs.size, errors.limit, scratch);
  reportDuplicates(studentGroups.duplicates, rows, studentFile, errors);
  if (errors.any) return undefined;
  const realStudents = students.size;

  const programFile = {
    path: paths.programs,
    file: paths.programs,
    ownerLabel: 'program',
    owners: programs,
    otherLabel: 'student',
    others: students,
  };
  rows.reset(ListRows.capacityFor(programBytes));
  loadLists(
    {
      ...programFile,
      ownerColumn: 'program_id',
      otherColumn: 'student_id',
      onProgress: (bytes) => onProgress(capacityBytes + studentBytes + bytes),
    },
    rows,
    errors,
  );
  if (errors.any) return undefined;
  const programGroups = groupLists(
    rows,
    programs.size,
    students.size,
    errors.limit,
    scratch.length >= rows.count ? scratch : new Int32Array(rows.count),
  );
  reportDuplicates(programGroups.duplicates, rows, programFile, errors);
  if (errors.any) return undefined;

  const instance = buildInstance(
    capacity,
    studentGroups.lists,
    programGroups.lists,
    realStudents,
    students.size,
  );
  return { instance, students, programs };
}

/** Total size of the input files, for the progress bar (0 for a missing file, reported later). */
export function inputBytes(paths: InputPaths): number {
  return fileSize(paths.capacities) + fileSize(paths.students) + fileSize(paths.programs);
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
