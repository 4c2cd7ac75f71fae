// Cells a spreadsheet would run as formulas: every export of the platform (the zone's rent roll and
// benefit ledger, the talent module's exports) writes its cells through here.

/**
 * Neutralises a text cell that a spreadsheet program would read as a formula or a DDE command:
 * one that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, which
 * Excel and LibreOffice show as plain text (OWASP, "CSV Injection"; ASVS 5.0 V1.2.10). Every export
 * of people-supplied text goes through this one function.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A cell value for CSV: neutralised, then quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: string | number | boolean | null | undefined, separator = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = neutralizeCell(value);
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV file: UTF-8 with a byte-order mark (so Excel reads Cyrillic), `;`-separated, CRLF lines. */
export function csvFile(
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>,
): Buffer {
  const text = rows.map((r) => r.map((c) => csvCell(c)).join(';')).join('\r\n');
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}
