// Fast start for `inohub match …`, used by bin/inohub.mjs (see docs/matching.md, "Start-up").
//
// Registering tsx costs a loader worker and a transform per module at every start: ~0.3 s on an idle
// machine, 1–3 s on a busy one, which is most of a regional run. Here the match command and the engine
// are bundled once with esbuild (already installed as tsx's compiler) into node_modules/.cache, keyed
// by the size and mtime of every source file, and later runs import that plain JS directly. Nothing is
// committed and nothing can go stale: any edit changes the key. If esbuild is missing or the build
// fails, `runMatchFast` returns false and the caller falls back to tsx.
//
// Also runnable as a script: `node apps/server/src/cli/match/fast-path.mjs match solve …`.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..', '..', '..');
const sourceDirs = [here, join(root, 'packages', 'matching', 'src')];

/** Path of an up-to-date bundle, building it when needed; undefined when it cannot be built. */
async function bundle() {
  try {
    const key = createHash('sha1');
    for (const dir of sourceDirs) {
      for (const file of readdirSync(dir, { recursive: true }).map(String).sort()) {
        if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
        const { size, mtimeMs } = statSync(join(dir, file));
        key.update(`${dir}/${file}:${size}:${mtimeMs}\n`);
      }
    }
    const cache = join(root, 'node_modules', '.cache', 'inohub-match');
    const out = join(cache, `cli-${key.digest('hex').slice(0, 16)}.mjs`);
    try {
      statSync(out);
      return out;
    } catch {}
    const { build } = await import('esbuild');
    mkdirSync(cache, { recursive: true });
    const temporary = `${out}.${process.pid}.tmp`;
    await build({
      entryPoints: [join(here, 'standalone.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: temporary,
      external: ['commander', 'cli-progress'],
      logLevel: 'silent',
    });
    renameSync(temporary, out);
    return out;
  } catch {
    return undefined;
  }
}

/** Runs the match command from the bundle; false when the bundle is unavailable (use tsx instead). */
export async function runMatchFast() {
  const out = await bundle();
  if (out === undefined) return false;
  await import(pathToFileURL(out).href);
  return true;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!(await runMatchFast())) {
    process.stderr.write('fast path unavailable (esbuild missing or build failed)\n');
    process.exitCode = 1;
  }
}
