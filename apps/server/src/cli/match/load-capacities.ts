// biome-ignore-all lint/style/noNonNullAssertion: typed-array access at indices maintained by this loop.
import { readHeader } from './header.ts';
import { IdTable } from './id-table.ts';
import { type InputErrors, quoted } from './input-errors.ts';
import { MAX_CAPACITY, parseNonNegative } from './numbers.ts';
import { withCsv } from './open-csv.ts';
import { isValidUtf8 } from './utf8.ts';

export interface Capacities {
  /** Programs of C.csv, numbered in file order. */
  readonly programs: IdTable;
  readonly capacity: Int32Array;
}

/** Reads C.csv (`program_id,capacity`). Every program must appear once; a capacity may be 0. */
export function loadCapacities(path: string, file: string, errors: InputErrors): Capacities {
  const programs = new IdTable();
  let capacity = new Int32Array(1024);
  let lineOf = new Uint32Array(1024);
  withCsv(path, file, errors, (reader) => {
    const header = readHeader(reader, file, ['program_id', 'capacity'], errors);
    if (header === undefined) return;
    const [idColumn, capacityColumn] = header.columns as [number, number];
    while (!errors.full && reader.next()) {
      const line = reader.line;
      if (reader.fieldCount !== header.width) {
        errors.add(file, line, `expected ${header.width} fields, found ${reader.fieldCount}`);
        continue;
      }
      const bytes = reader.buffer;
      const start = reader.starts[idColumn]!;
      const end = reader.ends[idColumn]!;
      const parsed = parseNonNegative(
        bytes,
        reader.starts[capacityColumn]!,
        reader.ends[capacityColumn]!,
        MAX_CAPACITY,
      );
      if (typeof parsed !== 'number') {
        const shown = quoted(reader.text(capacityColumn));
        const why = {
          empty: 'capacity is empty',
          'not an integer': `capacity ${shown} is not a non-negative integer`,
          negative: `capacity ${shown} is negative`,
          'too large': `capacity ${shown} is larger than ${MAX_CAPACITY}`,
        }[parsed.problem ?? 'empty'];
        errors.add(file, line, why);
        continue;
      }
      if (start === end) {
        errors.add(file, line, 'program_id is empty');
        continue;
      }
      const hash = IdTable.hash(bytes, start, end);
      const known = programs.find(bytes, start, end, hash);
      if (known >= 0) {
        errors.add(
          file,
          line,
          `program ${quoted(programs.text(known))} is listed twice (also on line ${lineOf[known]})`,
        );
        continue;
      }
      if (!isValidUtf8(bytes, start, end)) {
        errors.add(file, line, 'program_id is not valid UTF-8');
        continue;
      }
      const id = programs.add(bytes, start, end, hash);
      if (id >= capacity.length) {
        capacity = grow(capacity, new Int32Array(capacity.length * 2));
        lineOf = grow(lineOf, new Uint32Array(lineOf.length * 2));
      }
      capacity[id] = parsed;
      lineOf[id] = line;
    }
  });
  return { programs, capacity: capacity.slice(0, programs.size) };
}

function grow<T extends Int32Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
