import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdTable } from './id-table.ts';
import { sortIdsByBytes } from './sort-ids.ts';

function sortWithTable(ids: readonly string[]): string[] {
  const table = new IdTable();
  for (const id of ids) {
    const b = Buffer.from(id);
    const hash = IdTable.hash(b, 0, b.length);
    if (table.find(b, 0, b.length, hash) < 0) table.add(b, 0, b.length, hash);
  }
  return Array.from(sortIdsByBytes(table, table.size), (i) => table.text(i));
}

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

describe('sortIdsByBytes', () => {
  it('orders by code point, unlike JavaScript string order', () => {
    expect(sortWithTable(['😀', '\uFF21', 'b', 'a', 'ab', 'я'])).toEqual([
      'a',
      'ab',
      'b',
      'я',
      '\uFF21',
      '😀',
    ]);
  });

  it('agrees with byte comparison on arbitrary Unicode ids', () => {
    const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 200 }), (ids) => {
        expect(sortWithTable(ids)).toEqual([...ids].sort(byBytes));
      }),
      { numRuns: 300 },
    );
  });

  it('sorts large sets with long shared prefixes', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `ТПУ-${String((i * 48271) % 1e8).padStart(8, '0')}`);
    ids.push('ТПУ-', 'ТПУ', 'ТПУ-0');
    expect(sortWithTable(ids)).toEqual([...ids].sort(byBytes));
  });
});
