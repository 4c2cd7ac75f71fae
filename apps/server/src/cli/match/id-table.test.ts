import { describe, expect, it } from 'vitest';
import { IdTable } from './id-table.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('IdTable', () => {
  it('gives each distinct id one index, across many growths of the table', () => {
    const table = new IdTable();
    const ids = Array.from({ length: 30_000 }, (_, i) => bytes(`Элекард-${(i * 7919 + 101) % 1e6}`));
    for (const [i, id] of ids.entries()) {
      const hash = IdTable.hash(id, 0, id.length);
      if (table.find(id, 0, id.length, hash) !== -1) throw new Error(`id ${i} found before it was added`);
      if (table.add(id, 0, id.length, hash) !== i) throw new Error(`id ${i} numbered out of order`);
    }
    for (const [i, id] of ids.entries()) {
      if (table.find(id, 0, id.length, IdTable.hash(id, 0, id.length)) !== i) throw new Error(`id ${i} lost`);
    }
    expect(table.size).toBe(30_000);
    expect(table.text(12_345)).toBe(new TextDecoder().decode(ids[12_345]));
  });

  it('compares bytes exactly: no trimming, no normalisation, prefixes differ', () => {
    const table = new IdTable();
    const variants = ['é', 'e\u0301', 'é ', 'ab', 'a', 'abc', ''];
    for (const v of variants) {
      const b = bytes(v);
      table.add(b, 0, b.length, IdTable.hash(b, 0, b.length));
    }
    variants.forEach((v, i) => {
      const b = bytes(`xx${v}yy`);
      expect(table.find(b, 2, b.length - 2, IdTable.hash(b, 2, b.length - 2))).toBe(i);
    });
  });
});
