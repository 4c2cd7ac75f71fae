import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

// Turns an uploaded CSV or XLSX file into rows of text cells (docs/domain/talent.md, "Imports").
// Pure apart from exceljs: no database, no HTTP.

export type SheetFormat = 'csv' | 'xlsx';

/** A problem with the file as a whole; it becomes one error at row 0. */
export interface FileProblem {
  code: 'unsupported_file' | 'unreadable_file' | 'csv_syntax' | 'empty_file';
  row: number;
  value?: string;
}

export type SheetResult =
  | { ok: true; format: SheetFormat; encoding: string; separator: string | null; rows: string[][] }
  | { ok: false; format: SheetFormat | null; problem: FileProblem };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Magic bytes of files that are certainly not a table in text: PDF, PNG, JPEG, GIF, old Office (OLE2). */
const BINARY_MAGICS = [
  [0x25, 0x50, 0x44, 0x46],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0xd0, 0xcf, 0x11, 0xe0],
];
const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);

/**
 * The format is decided by the file's first bytes, never by its name: a ZIP container is read as
 * XLSX, known binary formats are refused, and anything else must decode as text to be read as CSV.
 */
export async function readSheet(data: Buffer): Promise<SheetResult> {
  if (startsWith(data, ZIP_MAGIC)) return readXlsx(data);
  if (BINARY_MAGICS.some((m) => startsWith(data, m)) || data.subarray(0, 4096).includes(0)) {
    return { ok: false, format: null, problem: { code: 'unsupported_file', row: 0 } };
  }
  return readCsv(data);
}

/**
 * The text of a CSV file. UTF-8 (with or without a byte-order mark) is tried first and strictly:
 * Windows-1251 bytes of Cyrillic text are almost never valid UTF-8, so a failure means the file
 * was saved by a Russian Excel as "CSV (разделители — запятые)", which writes Windows-1251.
 */
export function decodeText(data: Buffer): { text: string; encoding: string } {
  if (startsWith(data, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(data.subarray(3)), encoding: 'utf-8' };
  }
  if (startsWith(data, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(data), encoding: 'windows-1251' };
  }
}

/**
 * The separator of a CSV file: whichever of `;`, `,` and tab occurs most often in the header line
 * outside quotes. Russian Excel writes `;` (the comma is the decimal mark there), others write `,`.
 */
export function detectSeparator(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  let best = ',';
  for (const sep of [';', '\t']) if ((counts[sep] ?? 0) > (counts[best] ?? 0)) best = sep;
  return best;
}

/** Characters handed to the CSV parser at a time; between slices the event loop serves other requests. */
const CSV_SLICE = 128 * 1024;
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Parses a CSV file slice by slice with csv-parse's streaming parser, yielding to the event loop
 * between slices: a 20 MB file takes about a second of CPU, which must not stall other requests.
 */
export async function readCsv(data: Buffer): Promise<SheetResult> {
  const { text, encoding } = decodeText(data);
  if (text.trim() === '') return { ok: false, format: 'csv', problem: { code: 'empty_file', row: 0 } };
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  const parser = parse({
    delimiter: separator,
    relax_column_count: true,
    skip_empty_lines: false,
    trim: true,
  });
  parser.on('data', (record: string[]) => rows.push(record));
  const done = new Promise<unknown>((resolve) => {
    parser.once('end', () => resolve(null));
    parser.once('error', (error) => resolve(error));
  });
  for (let i = 0; i < text.length; i += CSV_SLICE) {
    if (!parser.write(text.slice(i, i + CSV_SLICE))) await new Promise((r) => parser.once('drain', r));
    await yieldToOthers();
  }
  parser.end();
  const error = await done;
  if (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    // Row numbers count data rows from 1, the header being row 0.
    return { ok: false, format: 'csv', problem: { code: 'csv_syntax', row: Math.max(0, line - 1) } };
  }
  return { ok: true, format: 'csv', encoding, separator, rows };
}

/** The text of one XLSX cell: dates as YYYY-MM-DD, formulas by their cached result, rich text joined. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return String(value.error);
  }
  return String(value).trim();
}

async function readXlsx(data: Buffer): Promise<SheetResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { ok: false, format: 'xlsx', problem: { code: 'unreadable_file', row: 0 } };
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.rowCount === 0) return { ok: false, format: 'xlsx', problem: { code: 'empty_file', row: 0 } };
  const rows: string[][] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return { ok: true, format: 'xlsx', encoding: 'xlsx', separator: null, rows };
}
