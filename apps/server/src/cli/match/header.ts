import type { CsvReader } from './csv-reader.ts';
import { type InputErrors, quoted } from './input-errors.ts';

/**
 * Reads the header record and finds each required column by name (any order; extra columns are
 * ignored). Returns the column index of each required name and the number of fields per record, or
 * undefined after reporting what is missing.
 */
export function readHeader(
  reader: CsvReader,
  file: string,
  required: readonly string[],
  errors: InputErrors,
): { columns: number[]; width: number } | undefined {
  if (!reader.next()) {
    errors.add(file, 1, `the file is empty; expected a header with ${required.join(',')}`);
    return undefined;
  }
  const names: string[] = [];
  for (let i = 0; i < reader.fieldCount; i++) names.push(reader.text(i));
  const line = reader.line;
  const repeated = names.find((name, i) => required.includes(name) && names.indexOf(name) !== i);
  if (repeated !== undefined) {
    errors.add(file, line, `column ${quoted(repeated)} appears twice in the header`);
    return undefined;
  }
  const missing = required.filter((name) => !names.includes(name));
  if (missing.length > 0) {
    errors.add(
      file,
      line,
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map(quoted).join(', ')} ` +
        `(the header has ${names.map(quoted).join(', ')}; expected ${required.join(',')})`,
    );
    return undefined;
  }
  return { columns: required.map((name) => names.indexOf(name)), width: names.length };
}
