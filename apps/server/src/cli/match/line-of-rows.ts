import { CsvReader } from './csv-reader.ts';

/**
 * Lines of the given data rows (0-based, header excluded) of a CSV file, found by reading it again.
 * Only used to report duplicates, so the normal path keeps no line numbers at all.
 */
export function lineOfRows(path: string, rows: readonly number[]): Map<number, number> {
  const wanted = new Set(rows);
  const lines = new Map<number, number>();
  const reader = new CsvReader(path);
  try {
    reader.next(); // header
    for (let row = 0; lines.size < wanted.size && reader.next(); row++) {
      if (wanted.has(row)) lines.set(row, reader.line);
    }
  } finally {
    reader.close();
  }
  return lines;
}
