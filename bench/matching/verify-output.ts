// Checks an M.csv against its instance, independently of how it was produced: one row per student of
// S.csv in UTF-8 byte order, known programs only, capacities respected, acceptable pairs, no blocking pair.
import { checkMatching } from '@inohub/matching';
import { CsvReader } from '../../apps/server/src/cli/match/csv-reader.ts';
import { IdTable } from '../../apps/server/src/cli/match/id-table.ts';
import { InputErrors } from '../../apps/server/src/cli/match/input-errors.ts';
import { type InputPaths, loadInput } from '../../apps/server/src/cli/match/load-input.ts';

export function verifyOutput(paths: InputPaths, output: string): string[] {
  const errors = new InputErrors();
  const input = loadInput(paths, errors);
  if (input === undefined) return [errors.format([paths.capacities, paths.students, paths.programs])];
  const { instance, students, programs } = input;
  const studentCount = instance.studentStart.length - 1;
  const programCount = instance.capacity.length;
  const programOf = new Int32Array(studentCount).fill(-2);
  const problems: string[] = [];
  const reader = new CsvReader(output);
  try {
    reader.next();
    if (reader.fieldCount !== 2 || reader.text(0) !== 'student_id' || reader.text(1) !== 'program_id') {
      problems.push('header is not student_id,program_id');
    }
    let previous: Buffer | undefined;
    while (reader.next() && problems.length < 10) {
      const b = reader.buffer;
      const [s0 = 0, s1 = 0] = reader.starts;
      const [e0 = 0, e1 = 0] = reader.ends;
      const id = Buffer.from(b.subarray(s0, e0));
      if (previous !== undefined && Buffer.compare(previous, id) >= 0)
        problems.push(`line ${reader.line}: not sorted`);
      previous = id;
      const s = students.find(b, s0, e0, IdTable.hash(b, s0, e0));
      if (s < 0 || s >= studentCount) {
        problems.push(`line ${reader.line}: unknown student`);
        continue;
      }
      if (programOf[s] !== -2) problems.push(`line ${reader.line}: student twice`);
      const p = s1 === e1 ? -1 : programs.find(b, s1, e1, IdTable.hash(b, s1, e1));
      if (s1 !== e1 && (p < 0 || p >= programCount)) problems.push(`line ${reader.line}: unknown program`);
      programOf[s] = p;
    }
  } finally {
    reader.close();
  }
  const missing = programOf.indexOf(-2);
  if (missing >= 0) problems.push(`student ${students.text(missing)} has no row`);
  if (problems.length > 0) return problems;
  const check = checkMatching(instance, programOf);
  if (check.overCapacity.length > 0) problems.push(`${check.overCapacity.length} programs over capacity`);
  if (check.unacceptable.length > 0) problems.push(`${check.unacceptable.length} unacceptable pairs`);
  if (check.blockingPairs.length > 0) problems.push(`${check.blockingPairs.length} blocking pairs`);
  return problems;
}
