// Runs a command and measures its wall time, and its CPU time when GNU time is available.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

export interface Measurement {
  readonly wall: number;
  /** user + system seconds, when /usr/bin/time is present. */
  readonly cpu: number | undefined;
  /** Peak resident memory in MiB, when /usr/bin/time is present. */
  readonly maxRssMiB: number | undefined;
  readonly stderr: string;
}

const GNU_TIME = '/usr/bin/time';

export function measure(
  command: string,
  args: readonly string[],
  cwd: string,
  timeFile: string,
): Measurement {
  const timed = existsSync(GNU_TIME);
  const [file, argv] = timed
    ? [GNU_TIME, ['-o', timeFile, '-f', '%U %S %M', command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const run = spawnSync(file, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 24 });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${run.stderr}`);
  }
  let cpu: number | undefined;
  let maxRssMiB: number | undefined;
  if (timed) {
    const [user, system, rss] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
    cpu = (user ?? 0) + (system ?? 0);
    maxRssMiB = (rss ?? 0) / 1024;
    rmSync(timeFile, { force: true });
  }
  return { wall, cpu, maxRssMiB, stderr: run.stderr };
}
