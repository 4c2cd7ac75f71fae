import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import i18n, { FEATURE_NAMESPACES } from './i18n/index.ts';
import { MODULES } from './modules.ts';

const FEATURES = fileURLToPath(new URL('./features', import.meta.url));
const has = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

describe('web modules', () => {
  it('lists every feature folder that describes itself (a new feature is its folder plus one line)', () => {
    const described = readdirSync(FEATURES).filter((f) => has(join(FEATURES, f, 'module.tsx')));
    expect(MODULES.map((m) => m.name).sort()).toEqual(described.sort());
  });

  it('names translation namespaces that exist', () => {
    for (const m of MODULES) if (m.namespace) expect(FEATURE_NAMESPACES, m.name).toContain(m.namespace);
  });

  it('gives every address to one page only, and has one home page', () => {
    const paths = MODULES.flatMap((m) => m.routes.filter((r) => !r.index).map((r) => r.path));
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
    expect(MODULES.flatMap((m) => m.routes.filter((r) => r.index))).toHaveLength(1);
  });

  it('points every navigation entry at a page, labelled in both languages', () => {
    const routes = MODULES.flatMap((m) => m.routes);
    for (const entry of MODULES.flatMap((m) => m.navigation ?? [])) {
      const titles = typeof entry.group === 'string' ? [] : [entry.group.title];
      for (const item of entry.items) {
        const page = routes.find((r) => (r.index ? item.to === '/' : matchPath(`/${r.path}`, item.to)));
        expect(page, item.to).toBeDefined();
        titles.push(item.label);
      }
      for (const key of titles)
        for (const lng of ['ru', 'en'])
          expect(i18n.exists(key, { ns: 'common', lng }), `${lng}: ${key}`).toBe(true);
    }
  });
});
