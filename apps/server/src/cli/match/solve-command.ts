import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { solveMatch } from '@inohub/matching';
import { InputErrors } from './input-errors.ts';
import { inputBytes, loadInput } from './load-input.ts';
import { createProgress } from './progress.ts';
import { sortIdsByBytes } from './sort-ids.ts';
import { formatSummary } from './summary.ts';
import { writeMatching } from './write-matching.ts';

export interface SolveOptions {
  readonly capacities: string;
  readonly students: string;
  readonly programs: string;
  readonly out: string;
  /** false with --no-progress. */
  readonly progress?: boolean;
}

export interface SolveIo {
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Exit status for bad input or an output that cannot be written. */
export const EXIT_FAILURE = 1;

/**
 * `inohub match solve`: reads C.csv, S.csv and P.csv, computes the student-optimal stable matching and
 * writes M.csv. Returns the exit status. On any problem it reports `file:line: what` to stderr and leaves
 * no output file behind: the result goes to a temporary file beside --out, renamed over it only when
 * complete.
 */
export async function runSolve(options: SolveOptions, io: SolveIo): Promise<number> {
  const began = performance.now(); // counted from process start: includes the runtime's own start-up
  const errors = new InputErrors();
  const progress = await createProgress(inputBytes(options), io.stderr, options.progress !== false);
  const input = loadInput(options, errors, (bytes) => progress.update(bytes));
  progress.stop();
  if (input === undefined) {
    io.stderr.write(
      `${errors.format([options.capacities, options.students, options.programs])}\nno output written\n`,
    );
    return EXIT_FAILURE;
  }
  const read = performance.now();

  const result = solveMatch(input.instance);
  const matched = performance.now();

  const order = sortIdsByBytes(input.students, result.programOf.length);
  const temporary = join(dirname(options.out), `.${basename(options.out)}.${process.pid}.tmp`);
  try {
    rmSync(temporary, { force: true }); // left by a crashed run that had the same process id
    writeMatching(temporary, input.students, input.programs, order, result.programOf);
    renameSync(temporary, options.out);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr.write(
      `${options.out}: cannot write the output (${code ?? String(error)})\nno output written\n`,
    );
    return EXIT_FAILURE;
  }
  const written = performance.now();

  io.stderr.write(
    formatSummary(result.stats, options.out, {
      start: began,
      read: read - began,
      match: matched - read,
      write: written - matched,
      total: written,
    }),
  );
  return 0;
}
