import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Plural keys differ by language (ru: one/few/many, en: one/other); compare their base names. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('translations', () => {
  const ruLeaves = leaves(ru as Tree);
  const enLeaves = leaves(en as Tree);

  it('have the same keys in Russian and English', () => {
    const ruKeys = [...new Set([...ruLeaves.keys()].map(base))].sort();
    const enKeys = [...new Set([...enLeaves.keys()].map(base))].sort();
    expect(enKeys).toEqual(ruKeys);
  });

  it('give every Russian plural the forms one, few and many, and every English one one and other', () => {
    const plurals = [...ruLeaves.keys()].filter((k) => base(k) !== k).map(base);
    for (const key of new Set(plurals)) {
      for (const form of ['one', 'few', 'many'])
        expect(ruLeaves.has(`${key}_${form}`), `${key}_${form}`).toBe(true);
      for (const form of ['one', 'other'])
        expect(enLeaves.has(`${key}_${form}`), `${key}_${form}`).toBe(true);
    }
  });

  it('have no empty values', () => {
    for (const [key, value] of [...ruLeaves, ...enLeaves]) expect(value.trim(), key).not.toBe('');
  });
});
