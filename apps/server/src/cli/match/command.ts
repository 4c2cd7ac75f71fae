import type { Command } from 'commander';

/**
 * Registers `inohub match …`. The solver is imported inside the action, so other commands (and
 * `--help`) do not load it.
 */
export function registerMatchCommands(program: Command): void {
  const match = program
    .command('match')
    .description('internship match: student-optimal stable matching (deferred acceptance)');

  match
    .command('solve')
    .description(
      'compute the student-optimal stable matching from CSV files and write M.csv ' +
        '(student_id,program_id; empty program_id = unmatched). See docs/matching.md.',
    )
    .requiredOption('--capacities <C.csv>', 'programs and seats: program_id,capacity')
    .requiredOption('--students <S.csv>', "students' rank-order lists: student_id,program_id,rank")
    .requiredOption('--programs <P.csv>', "programs' rankings of students: program_id,student_id,rank")
    .requiredOption('--out <M.csv>', 'where to write the matching (written only on success)')
    .option('--no-progress', 'never show a progress bar')
    .action(
      async (options: {
        capacities: string;
        students: string;
        programs: string;
        out: string;
        progress: boolean;
      }) => {
        const { runSolve } = await import('./solve-command.ts');
        process.exitCode = await runSolve(options, { stderr: process.stderr });
      },
    );
}
