// `tsx bench/matching/generate-cli.ts regional [dir]`: writes one instance's CSV files and prints their paths.
import { join } from 'node:path';
import { generateInstance } from './generate.ts';
import { SIZES } from './sizes.ts';

const name = process.argv[2] ?? 'regional';
const size = SIZES[name];
if (size === undefined) {
  console.error(`unknown size ${name}; one of ${Object.keys(SIZES).join(', ')}`);
  process.exit(2);
}
const dir = process.argv[3] ?? join(import.meta.dirname, '..', '.out');
const started = performance.now();
console.log(JSON.stringify(generateInstance(dir, size)));
console.error(`${name}: generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
