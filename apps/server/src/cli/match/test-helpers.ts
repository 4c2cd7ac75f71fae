// Helpers for the CLI tests: a temporary directory with the three input files, and runSolve with its
// stderr captured.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runSolve } from './solve-command.ts';

export interface Case {
  readonly dir: string;
  readonly capacities: string;
  readonly students: string;
  readonly programs: string;
  readonly out: string;
}

export interface Outcome {
  readonly status: number;
  readonly stderr: string;
  /** M.csv as text, or undefined when no file was written. */
  readonly output: string | undefined;
  /** Files in the directory other than the inputs and M.csv (temporary files must not survive). */
  readonly leftovers: string[];
}

/** Files as given (string or raw bytes), so tests control BOMs, line ends and invalid UTF-8 exactly. */
export function writeCase(files: {
  C: string | Uint8Array;
  S: string | Uint8Array;
  P: string | Uint8Array;
}): Case {
  const dir = mkdtempSync(join(tmpdir(), 'inohub-match-'));
  const c = join(dir, 'C.csv');
  const s = join(dir, 'S.csv');
  const p = join(dir, 'P.csv');
  writeFileSync(c, files.C);
  writeFileSync(s, files.S);
  writeFileSync(p, files.P);
  return { dir, capacities: c, students: s, programs: p, out: join(dir, 'M.csv') };
}

export async function solveCase(files: Parameters<typeof writeCase>[0]): Promise<Outcome> {
  const c = writeCase(files);
  try {
    return await runCase(c);
  } finally {
    rmSync(c.dir, { recursive: true, force: true });
  }
}

export async function runCase(c: Case): Promise<Outcome> {
  let stderr = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      stderr += String(chunk);
      done();
    },
  });
  const status = await runSolve({ ...c, progress: false }, { stderr: sink });
  let output: string | undefined;
  try {
    output = readFileSync(c.out, 'utf8');
  } catch {
    output = undefined;
  }
  const known = new Set(['C.csv', 'S.csv', 'P.csv', 'M.csv']);
  return { status, stderr, output, leftovers: readdirSync(c.dir).filter((f) => !known.has(f)) };
}

/** Builds CSV text from rows, quoting only where needed, with the given line end. */
export function csv(rows: readonly (readonly (string | number)[])[], eol = '\n'): string {
  return rows
    .map((row) =>
      row
        .map((cell) => {
          const text = String(cell);
          return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
        })
        .join(','),
    )
    .map((line) => line + eol)
    .join('');
}
