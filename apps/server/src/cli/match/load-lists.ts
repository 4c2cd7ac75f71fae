// biome-ignore-all lint/style/noNonNullAssertion: typed-array access at column indices checked against the header.
import type { CsvReader } from './csv-reader.ts';
import { readHeader } from './header.ts';
import { IdTable } from './id-table.ts';
import { type InputErrors, quoted } from './input-errors.ts';
import { MAX_RANK, parseNonNegative } from './numbers.ts';
import { withCsv } from './open-csv.ts';
import type { ListRows } from './rows.ts';
import { isValidUtf8 } from './utf8.ts';

export interface ListFileSpec {
  readonly path: string;
  /** The name used in messages (the path as the user typed it). */
  readonly file: string;
  /** Column holding whose list a row belongs to, and the table its ids go to (new ids are added). */
  readonly ownerColumn: string;
  readonly owners: IdTable;
  /** Column holding what the row ranks, and its table. */
  readonly otherColumn: string;
  readonly others: IdTable;
  /**
   * When set, an id in otherColumn must already be in `others`; the text names the file it must come
   * from (S.csv: programs must be in C.csv). When unset, unknown ids are added (P.csv: rows naming
   * students or programs absent from the match are valid and never match).
   */
  readonly othersMustExistIn?: string;
  /** Called now and then with the bytes read so far. */
  readonly onProgress?: (bytesRead: number) => void;
}

/**
 * Reads S.csv (`student_id,program_id,rank`) or P.csv (`program_id,student_id,rank`) into `rows`
 * (reset first). Stops at the error limit.
 */
export function loadLists(spec: ListFileSpec, rows: ListRows, errors: InputErrors): void {
  withCsv(spec.path, spec.file, errors, (reader) => {
    const header = readHeader(reader, spec.file, [spec.ownerColumn, spec.otherColumn, 'rank'], errors);
    if (header !== undefined)
      readRows(reader, spec, header.columns as [number, number, number], header.width, rows, errors);
  });
}

function readRows(
  reader: CsvReader,
  spec: ListFileSpec,
  [ownerColumn, otherColumn, rankColumn]: [number, number, number],
  width: number,
  rows: ListRows,
  errors: InputErrors,
): void {
  const { file, owners, others } = spec;
  // Rows usually come grouped by owner (one student's choices together): comparing with the previous
  // owner's bytes skips the hash lookup for most rows.
  let lastOwner = -1;
  let sinceProgress = 0;
  while (reader.next()) {
    const line = reader.line;
    if (reader.fieldCount !== width) {
      if (reportAndStop(errors, file, line, `expected ${width} fields, found ${reader.fieldCount}`)) return;
      continue;
    }
    const bytes = reader.buffer;
    const starts = reader.starts;
    const ends = reader.ends;

    const ownerStart = starts[ownerColumn]!;
    const ownerEnd = ends[ownerColumn]!;
    let owner = lastOwner;
    if (owner < 0 || !owners.equals(owner, bytes, ownerStart, ownerEnd)) {
      if (ownerStart === ownerEnd) {
        if (reportAndStop(errors, file, line, `${spec.ownerColumn} is empty`)) return;
        continue;
      }
      owner = intern(owners, bytes, ownerStart, ownerEnd);
      if (owner < 0) {
        if (reportAndStop(errors, file, line, `${spec.ownerColumn} is not valid UTF-8`)) return;
        continue;
      }
      lastOwner = owner;
    }

    const otherStart = starts[otherColumn]!;
    const otherEnd = ends[otherColumn]!;
    if (otherStart === otherEnd) {
      if (reportAndStop(errors, file, line, `${spec.otherColumn} is empty`)) return;
      continue;
    }
    const hash = IdTable.hash(bytes, otherStart, otherEnd);
    let other = others.find(bytes, otherStart, otherEnd, hash);
    if (other < 0) {
      if (spec.othersMustExistIn !== undefined) {
        const id = quoted(reader.text(otherColumn));
        if (
          reportAndStop(errors, file, line, `${spec.otherColumn} ${id} is not in ${spec.othersMustExistIn}`)
        )
          return;
        continue;
      }
      if (!isValidUtf8(bytes, otherStart, otherEnd)) {
        if (reportAndStop(errors, file, line, `${spec.otherColumn} is not valid UTF-8`)) return;
        continue;
      }
      other = others.add(bytes, otherStart, otherEnd, hash);
    }

    const rank = parseNonNegative(bytes, starts[rankColumn]!, ends[rankColumn]!, MAX_RANK);
    if (typeof rank !== 'number' || rank === 0) {
      const shown = quoted(reader.text(rankColumn));
      const why =
        typeof rank === 'number'
          ? `rank ${shown} is not positive (rank 1 is the most preferred)`
          : {
              empty: 'rank is empty',
              'not an integer': `rank ${shown} is not a positive integer`,
              negative: `rank ${shown} is not positive (rank 1 is the most preferred)`,
              'too large': `rank ${shown} is larger than ${MAX_RANK}`,
            }[rank.problem ?? 'empty'];
      if (reportAndStop(errors, file, line, why)) return;
      continue;
    }
    rows.push(owner, other, rank);
    if (++sinceProgress === 65_536) {
      sinceProgress = 0;
      spec.onProgress?.(reader.bytesRead);
    }
  }
  spec.onProgress?.(reader.bytesRead);
}

/** Finds or adds an id; -1 when a new id is not valid UTF-8. */
function intern(table: IdTable, bytes: Uint8Array, start: number, end: number): number {
  const hash = IdTable.hash(bytes, start, end);
  const found = table.find(bytes, start, end, hash);
  if (found >= 0) return found;
  if (!isValidUtf8(bytes, start, end)) return -1;
  return table.add(bytes, start, end, hash);
}

/** Records a problem; true when the error limit is reached and reading should stop. */
function reportAndStop(errors: InputErrors, file: string, line: number, message: string): boolean {
  errors.add(file, line, message);
  return errors.full;
}
