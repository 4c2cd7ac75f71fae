import { CsvReader, CsvSyntaxError } from './csv-reader.ts';
import type { InputErrors } from './input-errors.ts';

/**
 * Runs `read` over a CSV file, turning a missing file or a CSV syntax error into a reported problem
 * (a syntax error ends that file: past a broken quote, field boundaries cannot be trusted).
 */
export function withCsv(
  path: string,
  file: string,
  errors: InputErrors,
  read: (reader: CsvReader) => void,
): void {
  let reader: CsvReader;
  try {
    reader = new CsvReader(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    errors.add(
      file,
      0,
      code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(error)})`,
    );
    return;
  }
  try {
    read(reader);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    errors.add(file, error.line, error.message);
  } finally {
    reader.close();
  }
}
