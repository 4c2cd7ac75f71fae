// The match benchmark: `tsx bench/matching/run.ts [--sizes regional,national] [--repeat 3]`.
// For each size it generates the instance (cached in bench/.out), then times in the same run, taking
// turns: the CLI as `node apps/server/bin/inohub.mjs` (what `npx inohub` starts), the CLI through `npx`,
// the CLI through its bundled fast path (fast-path.mjs),
// the C++ floor, and its variant using std::unordered_map. It checks the outputs are byte-identical and that the CLI's output is stable,
// prints the times and the ratio, and writes bench/.out/match-results.json.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFloor } from './floor-build.ts';
import { generateInstance } from './generate.ts';
import { type Measurement, measure } from './measure.ts';
import { firstDifference } from './same-file.ts';
import { SIZES } from './sizes.ts';
import { verifyOutput } from './verify-output.ts';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, 'bench', '.out');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'regional,national' },
    repeat: { type: 'string', default: '3' },
    verify: { type: 'boolean', default: true },
    stdmap: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const repeat = Math.max(1, Number(values.repeat));
const TARGET = 2;
const DEFECT = 3;

const floors = buildFloor(outDir);
if (floors === undefined) console.log('g++ not found: timing the CLI alone, without the C++ floor');

interface Row {
  size: string;
  students: number;
  programs: number;
  runs: Record<string, Measurement[]>;
}
const results: Row[] = [];

for (const name of values.sizes.split(',')) {
  const size = SIZES[name];
  if (size === undefined) throw new Error(`unknown size ${name}; one of ${Object.keys(SIZES).join(', ')}`);
  process.stdout.write(
    `\n${name}: ${size.students.toLocaleString('en-US')} students × ${size.programs.toLocaleString('en-US')} programs\n`,
  );
  const files = generateInstance(outDir, size);
  const inputs = [
    '--capacities',
    files.capacities,
    '--students',
    files.students,
    '--programs',
    files.programs,
  ];
  const outputs = {
    cli: join(outDir, `${name}-M-cli.csv`),
    npx: join(outDir, `${name}-M-npx.csv`),
    fast: join(outDir, `${name}-M-fast.csv`),
    floor: join(outDir, `${name}-M-floor.csv`),
    stdmap: join(outDir, `${name}-M-floor-stdmap.csv`),
  };
  const contenders: Record<string, () => Measurement> = {
    cli: () =>
      measure(
        'node',
        ['apps/server/bin/inohub.mjs', 'match', 'solve', ...inputs, '--out', outputs.cli],
        root,
        timeFile(),
      ),
    npx: () =>
      measure('npx', ['inohub', 'match', 'solve', ...inputs, '--out', outputs.npx], root, timeFile()),
    fast: () =>
      measure(
        'node',
        ['apps/server/src/cli/match/fast-path.mjs', 'match', 'solve', ...inputs, '--out', outputs.fast],
        root,
        timeFile(),
      ),
  };
  if (floors !== undefined) {
    const floorArgs = (out: string) => [files.capacities, files.students, files.programs, out];
    contenders.floor = () => measure(floors.floor, floorArgs(outputs.floor), root, timeFile());
    if (values.stdmap)
      contenders.stdmap = () => measure(floors.stdMap, floorArgs(outputs.stdmap), root, timeFile());
  }
  const names = Object.keys(contenders);
  // One untimed round: warms the page cache and tsx's transform cache, as any second run would find them.
  for (const contender of names) contenders[contender]?.();
  const runs: Record<string, Measurement[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < repeat; round++) {
    // Rotate the order so that no contender always runs first after the machine was idle.
    for (let k = 0; k < names.length; k++) {
      const contender = names[(round + k) % names.length] ?? 'cli';
      runs[contender]?.push(contenders[contender]?.() as Measurement);
    }
    process.stdout.write(`  round ${round + 1}/${repeat} done\n`);
  }

  for (const other of names.filter((n) => n !== 'cli')) {
    const at = firstDifference(outputs.cli, outputs[other as keyof typeof outputs]);
    if (at !== undefined) throw new Error(`${name}: CLI and ${other} outputs differ at byte ${at}`);
  }
  process.stdout.write(`  outputs identical: ${names.join(', ')}\n`);
  if (values.verify) {
    const problems = verifyOutput(files, outputs.cli);
    if (problems.length > 0)
      throw new Error(`${name}: the CLI's matching fails verification: ${problems.join('; ')}`);
    process.stdout.write(
      '  verified: every student once, sorted, capacities kept, acceptable pairs, no blocking pair\n',
    );
  }
  results.push({ size: name, students: size.students, programs: size.programs, runs });
  report(runs);
}

writeFileSync(
  join(outDir, 'match-results.json'),
  JSON.stringify(
    { date: new Date().toISOString(), cpu: cpus()[0]?.model, cores: cpus().length, repeat, results },
    null,
    2,
  ),
);

function report(runs: Record<string, Measurement[]>): void {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const wall = (n: string) => median((runs[n] ?? []).map((m) => m.wall));
  const cpu = (n: string) => median((runs[n] ?? []).map((m) => m.cpu ?? Number.NaN));
  const rss = (n: string) => median((runs[n] ?? []).map((m) => m.maxRssMiB ?? Number.NaN));
  const labels: Record<string, string> = {
    cli: 'inohub CLI (node bin/inohub.mjs)',
    npx: 'inohub CLI (npx inohub)',
    fast: 'inohub CLI, bundled fast path',
    floor: 'C++ floor (g++ -O2)',
    stdmap: 'C++ with std::unordered_map',
  };
  for (const n of Object.keys(runs)) {
    const walls = (runs[n] ?? []).map((m) => m.wall.toFixed(2)).join(' ');
    process.stdout.write(
      `  ${(labels[n] ?? n).padEnd(34)} wall median ${wall(n).toFixed(2)} s [${walls}]  cpu ${cpu(n).toFixed(2)} s  rss ${rss(n).toFixed(0)} MiB\n`,
    );
  }
  if (runs.floor === undefined) return;
  for (const n of ['cli', 'npx', 'fast'].filter((c) => runs[c] !== undefined)) {
    const ratio = wall(n) / wall('floor');
    const verdict = ratio <= TARGET ? 'within target' : ratio <= DEFECT ? 'OVER TARGET' : 'DEFECT';
    process.stdout.write(
      `  ratio ${(labels[n] ?? n).padEnd(34)} ${ratio.toFixed(2)}× wall (cpu ${(cpu(n) / cpu('floor')).toFixed(2)}×): ${verdict} (target ≤ ${TARGET}×, defect > ${DEFECT}×)\n`,
    );
  }
}

function timeFile(): string {
  return join(outDir, `time-${process.pid}.txt`);
}
