import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule of DESIGN.md §2, checked over the real import graph (dependency-cruiser
 * needs the TypeScript compiler API, which TypeScript 7 no longer ships — see docs/decisions.md).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverSrc = path.join(root, 'apps/server/src');

/** Which modules each module may import (always through their index.ts). */
const ALLOWED: Record<string, string[]> = {
  identity: [],
  directory: ['identity'],
  review: ['identity', 'directory'],
  zone: ['identity', 'directory', 'review'],
  incubator: ['identity', 'directory', 'review'],
  talent: ['identity', 'directory', 'review'],
  capital: ['identity', 'directory', 'review'],
  strategy: ['identity', 'directory', 'review', 'zone', 'incubator', 'talent', 'capital'],
};

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(full, out);
    } else if (/\.(ts|tsx)$/.test(entry.name)) out.push(full);
  }
  return out;
}

const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT_RE)) found.push((m[1] ?? m[2]) as string);
  return found;
}

const moduleOf = (file: string): string | null => {
  const rel = path.relative(path.join(serverSrc, 'modules'), file);
  return rel.startsWith('..') ? null : (rel.split(path.sep)[0] ?? null);
};

function violations(): string[] {
  const problems: string[] = [];
  for (const file of walk(serverSrc)) {
    const from = moduleOf(file);
    const relFile = path.relative(root, file);
    const inLib =
      file.startsWith(path.join(serverSrc, 'lib')) || file.startsWith(path.join(serverSrc, 'config'));
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec);
      const to = moduleOf(target);
      if (inLib && to) problems.push(`${relFile}: lib/config must not import module ${to}`);
      if (!to || to === from) continue;
      if (from) {
        if (!(ALLOWED[from] ?? []).includes(to))
          problems.push(`${relFile}: module ${from} may not import module ${to}`);
        // Foreign keys point downward, so a tables file may reference a lower module's tables file.
        const tablesToTables = file.endsWith('.tables.ts') && target.endsWith('.tables.ts');
        if (path.basename(target) !== 'index.ts' && !tablesToTables)
          problems.push(`${relFile}: import ${to} through its index.ts, not ${spec}`);
      }
    }
  }
  return problems;
}

describe('module boundaries', () => {
  it('no module imports a module it may not, nor bypasses an index.ts', () => {
    expect(violations()).toEqual([]);
  });

  it('nothing imports strategy', () => {
    const offenders = walk(serverSrc).filter(
      (f) =>
        moduleOf(f) !== 'strategy' &&
        importsOf(f).some((s) => s.includes('modules/strategy') || /\.\.\/strategy\//.test(s)),
    );
    expect(offenders).toEqual([]);
  });

  it('the matching engine imports nothing outside its package', () => {
    const pkg = path.join(root, 'packages/matching/src');
    for (const file of walk(pkg)) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.'))
          expect(path.resolve(path.dirname(file), spec).startsWith(pkg), `${file} → ${spec}`).toBe(true);
        else
          expect(
            ['vitest', 'fast-check', 'node:'].some((p) => spec.startsWith(p)),
            `${file} → ${spec}`,
          ).toBe(true);
      }
    }
  });

  it('web features never import each other', () => {
    const features = path.join(root, 'apps/web/src/features');
    const problems: string[] = [];
    for (const file of walk(features)) {
      const from = path.relative(features, file).split(path.sep)[0];
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const rel = path.relative(features, path.resolve(path.dirname(file), spec));
        const to = rel.startsWith('..') ? null : rel.split(path.sep)[0];
        if (to && to !== from) problems.push(`${path.relative(root, file)} → ${spec}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('detects a violation (the checker itself works)', () => {
    const tmp = path.join(serverSrc, 'modules/identity/__boundary_probe__.ts');
    fs.writeFileSync(tmp, "import { x } from '../directory/directory.tables.ts';\nexport const y = x;\n");
    try {
      expect(violations().some((v) => v.includes('__boundary_probe__'))).toBe(true);
    } finally {
      fs.rmSync(tmp);
    }
  });
});
