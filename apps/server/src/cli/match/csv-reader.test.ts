import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvReader, CsvSyntaxError } from './csv-reader.ts';

const file = join(tmpdir(), `inohub-csv-${process.pid}.csv`);
afterAll(() => rmSync(file, { force: true }));

/** Reads every record as [line, fields] with a given chunk size (tiny sizes force every boundary case). */
function readAll(content: string | Uint8Array, chunkSize = 1 << 20): [number, string[]][] {
  writeFileSync(file, content);
  const reader = new CsvReader(file, chunkSize);
  const records: [number, string[]][] = [];
  try {
    while (reader.next()) {
      records.push([reader.line, Array.from({ length: reader.fieldCount }, (_, i) => reader.text(i))]);
    }
  } finally {
    reader.close();
  }
  return records;
}

describe('CsvReader', () => {
  it('reads RFC 4180: quotes, escaped quotes, commas and line breaks inside quotes', () => {
    expect(readAll('a,"b,c","d""e"\r\n"x\ny",,z\n')).toEqual([
      [1, ['a', 'b,c', 'd"e']],
      [2, ['x\ny', '', 'z']],
    ]);
  });

  it('skips a BOM and empty lines, and accepts a last line without a line end', () => {
    expect(readAll('\uFEFFa,b\n\n\r\nc,d')).toEqual([
      [1, ['a', 'b']],
      [4, ['c', 'd']],
    ]);
    expect(readAll('"",x\n')).toEqual([[1, ['', 'x']]]);
  });

  it.each([
    ['"abc', 1, /not closed/],
    ['a,b\nc"d,e\n', 2, /quote inside an unquoted field/],
    ['a,b\n"c"d,e\n', 2, /closing quote must be followed/],
    ['a\rb\n', 1, /carriage return/],
    ['x\n"multi\nline"\rz\n', 3, /carriage return/],
  ])('rejects %j at line %i', (content, line, message) => {
    for (const chunk of [1, 2, 3, 1 << 20]) {
      let error: unknown;
      try {
        readAll(content, chunk);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(line);
      expect((error as CsvSyntaxError).message).toMatch(message);
    }
  });

  it('reads any table back exactly, whatever the chunk size, quoting and line ends', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'я', '😀', ',', '"', '\n', '\r', ' ', 'x'),
      maxLength: 6,
    });
    const table = fc
      .integer({ min: 1, max: 4 })
      .chain((width) =>
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
      );
    fc.assert(
      fc.property(
        table,
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        (rows, quoteAll, eol, finalEol, chunk) => {
          // A record whose only field is empty would be an empty line, which the reader skips: quote it.
          const lines = rows.map((row) =>
            row
              .map((c) =>
                quoteAll || /[",\r\n]/.test(c) || row.length === 1 ? `"${c.replaceAll('"', '""')}"` : c,
              )
              .join(','),
          );
          const text = lines.join(eol) + (finalEol ? eol : '');
          const records = readAll(text, chunk);
          expect(records.map(([, fields]) => fields)).toEqual(rows);
          // Lines: each record starts after the line breaks of the records before it.
          let line = 1;
          records.forEach(([at], k) => {
            expect(at).toBe(line);
            line += 1 + ((lines[k] ?? '').match(/\n/g)?.length ?? 0);
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
