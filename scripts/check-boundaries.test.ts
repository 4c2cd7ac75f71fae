import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule of docs/ARCHITECTURE.md ("Modules and their dependencies"), checked over the real import graph (dependency-cruiser
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
        // Demo steps write their rows in bulk, so they may write a lower module's tables directly.
        const demoToTables = relFile.includes(`/modules/${from}/demo/`) && target.endsWith('.tables.ts');
        // Tests check the rows a change wrote (an audit row, a consent record), so they may read a lower
        // module's tables; the direction rule above still holds for them.
        const testToTables = /\.test\.ts$/.test(relFile) && target.endsWith('.tables.ts');
        if (path.basename(target) !== 'index.ts' && !tablesToTables && !demoToTables && !testToTables)
          problems.push(`${relFile}: import ${to} through its index.ts, not ${spec}`);
      }
    }
  }
  return problems;
}

/**
 * The features of one module (its sub-folders; each file directly in the module folder counts on
 * its own) and which import which. A cycle among them means two features depend on each other:
 * one of them must move a piece down or depend through the other's exported functions only.
 */
function featureGraph(moduleDir: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const nodeOf = (file: string): string | null => {
    const rel = path.relative(moduleDir, file);
    if (rel.startsWith('..')) return null;
    const [first, ...rest] = rel.split(path.sep);
    return rest.length ? `${first}/` : (first ?? null);
  };
  for (const file of walk(moduleDir)) {
    const from = nodeOf(file) as string;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const spec of importsOf(file)) {
      if (!spec.startsWith('.')) continue;
      const to = nodeOf(path.resolve(path.dirname(file), spec));
      if (to && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** The cycles of a graph: its strongly connected components of more than one node (Tarjan). */
function cyclesOf(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

function featureCycles(modulesDir: string): string[] {
  if (!fs.existsSync(modulesDir)) return [];
  return fs
    .readdirSync(modulesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) =>
      cyclesOf(featureGraph(path.join(modulesDir, e.name))).map((c) => `${e.name}: ${c.join(' ↔ ')}`),
    );
}

describe('module boundaries', () => {
  it('no module imports a module it may not, nor bypasses an index.ts', () => {
    expect(violations()).toEqual([]);
  });

  it('no import cycle between the features of a module', () => {
    expect(featureCycles(path.join(serverSrc, 'modules'))).toEqual([]);
  });

  it('finds a planted cycle between two features (the cycle check itself works)', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-cycle-'));
    try {
      const write = (rel: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
        fs.writeFileSync(path.join(tmp, rel), text);
      };
      write('sample/leases/service.ts', "import { a } from '../units/repo.ts';\nexport const b = a;\n");
      write('sample/units/repo.ts', "import { c } from '../billing/rules.ts';\nexport const a = c;\n");
      write('sample/billing/rules.ts', "import { b } from '../leases/service.ts';\nexport const c = b;\n");
      write('sample/common.ts', 'export const shared = 1;\n');
      write('other/one/x.ts', "import { shared } from '../common.ts';\nexport const x = shared;\n");
      write('other/common.ts', 'export const shared = 1;\n');
      expect(featureCycles(tmp)).toEqual(['sample: billing/ ↔ leases/ ↔ units/']);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('the contracts package imports only zod and itself', () => {
    const pkg = path.join(root, 'packages/contracts/src');
    const problems: string[] = [];
    for (const file of walk(pkg))
      for (const spec of importsOf(file)) {
        const inside = spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(pkg);
        if (!inside && spec !== 'zod') problems.push(`${path.relative(root, file)} → ${spec}`);
      }
    expect(problems).toEqual([]);
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
