import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };

const SRC = fileURLToPath(new URL('..', import.meta.url));
const LANGS = ['ru', 'en'] as const;
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Tree;
const exists = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Every namespace in both languages, as loaded at run time (see ./index.ts): `common` with the features' nav labels. */
function namespaces(): Map<string, Record<(typeof LANGS)[number], Tree>> {
  const out = new Map<string, Record<(typeof LANGS)[number], Tree>>();
  const common = { ru: readJson(join(SRC, 'i18n/ru.json')), en: readJson(join(SRC, 'i18n/en.json')) };
  out.set('common', common);
  for (const feature of readdirSync(join(SRC, 'features'))) {
    const dir = join(SRC, 'features', feature, 'i18n');
    if (exists(join(dir, 'ru.json')) || exists(join(dir, 'en.json')))
      out.set(feature, { ru: readJson(join(dir, 'ru.json')), en: readJson(join(dir, 'en.json')) });
    for (const lang of LANGS) {
      const nav = join(dir, `nav.${lang}.json`);
      if (exists(nav)) common[lang] = merge(common[lang], readJson(nav));
    }
  }
  return out;
}

function merge(a: Tree, b: Tree): Tree {
  const out: Tree = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = typeof v === 'object' && typeof cur === 'object' ? merge(cur, v) : v;
  }
  return out;
}

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

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Source without comments (usage examples in doc comments are not calls). */
const withoutComments = (src: string) =>
  src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** The text of the first argument of each call that starts at `open` (the index just after its parenthesis). */
function firstArgument(src: string, open: number): string {
  let depth = 0;
  let quote = '';
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return src.slice(open, i);
      depth--;
    } else if (c === ',' && depth === 0) return src.slice(open, i);
  }
  return '';
}

const literals = (text: string) =>
  [...text.matchAll(/'([^'\\]*)'|"([^"\\]*)"|`([^`]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');

/** Namespaces a file's `useTranslation(...)` calls ask for; null when it has none (it is handed a `t`). */
function declaredNamespaces(src: string): Set<string> | null {
  const calls = [...src.matchAll(/useTranslation\(/g)];
  if (calls.length === 0) return null;
  const out = new Set<string>(['common']);
  for (const call of calls) {
    const arg = firstArgument(src, (call.index ?? 0) + call[0].length);
    for (const ns of literals(arg)) out.add(ns);
  }
  return out;
}

/** Keys passed to `t(...)`: whole keys, or the fixed prefix of a template (`kinds.${kind}` → `kinds.`). */
function usedKeys(src: string): string[] {
  const out: string[] = [];
  for (const call of src.matchAll(/\bt\(/g)) {
    const arg = firstArgument(src, (call.index ?? 0) + call[0].length);
    for (const lit of literals(arg)) {
      const key = lit.includes('${') ? lit.slice(0, lit.indexOf('${')) : lit;
      if (/^[A-Za-z][\w-]*(\.[\w-]+)*\.?$/.test(key) && key.includes('.')) out.push(key);
    }
  }
  return out;
}

describe('translations', () => {
  const all = namespaces();

  it('exist for the features that call useTranslation with a namespace', () => {
    for (const file of sourceFiles(SRC)) {
      const declared = declaredNamespaces(withoutComments(readFileSync(file, 'utf8')));
      for (const ns of declared ?? [])
        expect(all.has(ns), `${relative(SRC, file)}: namespace ${ns}`).toBe(true);
    }
  });

  for (const [ns, { ru, en }] of all) {
    describe(`namespace ${ns}`, () => {
      const ruLeaves = leaves(ru);
      const enLeaves = leaves(en);

      it('has the same keys in Russian and English', () => {
        const ruKeys = [...new Set([...ruLeaves.keys()].map(base))].sort();
        const enKeys = [...new Set([...enLeaves.keys()].map(base))].sort();
        expect(enKeys).toEqual(ruKeys);
      });

      it('gives every Russian plural the forms one, few and many, and every English one one and other', () => {
        const plurals = [...ruLeaves.keys()].filter((k) => base(k) !== k).map(base);
        for (const key of new Set(plurals)) {
          for (const form of ['one', 'few', 'many'])
            expect(ruLeaves.has(`${key}_${form}`), `${key}_${form}`).toBe(true);
          for (const form of ['one', 'other'])
            expect(enLeaves.has(`${key}_${form}`), `${key}_${form}`).toBe(true);
        }
      });

      it('has no empty values', () => {
        for (const [key, value] of [...ruLeaves, ...enLeaves]) expect(value.trim(), key).not.toBe('');
      });
    });
  }

  it('never holds the same key in two namespaces (the fallback to common stays unambiguous)', () => {
    const owner = new Map<string, string>();
    for (const [ns, { ru }] of all)
      for (const key of leaves(ru).keys()) {
        expect(owner.get(key), `${key} in ${ns}`).toBeUndefined();
        owner.set(key, ns);
      }
  });

  it('has every key the code uses, in a namespace the file asks for', () => {
    const ruLeaves = new Map([...all].map(([ns, { ru }]) => [ns, [...leaves(ru).keys()]]));
    const found = (nss: Iterable<string>, key: string) =>
      [...nss].some((ns) =>
        (ruLeaves.get(ns) ?? []).some((k) =>
          key.endsWith('.') ? k.startsWith(key) : k === key || base(k) === key,
        ),
      );
    const missing: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const src = withoutComments(readFileSync(file, 'utf8'));
      // A file handed `t` (helpers) may use any namespace its caller loaded.
      const nss = declaredNamespaces(src) ?? new Set(all.keys());
      for (const key of usedKeys(src))
        if (!found(nss, key)) missing.push(`${relative(SRC, file)}: ${key} (in ${[...nss].join(', ')})`);
    }
    expect(missing).toEqual([]);
  });
});

describe('role names', () => {
  it('names every platform role in both languages (a new role shows on profiles and in the admin pages)', async () => {
    const { ROLES } = await import('@inohub/contracts/roles');
    for (const lang of LANGS) {
      const roles = readJson(join(SRC, `i18n/${lang}.json`)).roles as Tree;
      for (const role of ROLES) expect(roles[role], `${lang}: roles.${role}`).toEqual(expect.any(String));
    }
  });
});
