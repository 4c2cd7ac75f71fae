import type { Command } from 'commander';

// Operations commands. The heavy parts (database driver, app) load inside each action, so
// `inohub --help` stays instant.

const print = (line: string) => process.stdout.write(`${line}\n`);

export function registerOpsCommands(program: Command): void {
  program
    .command('seed')
    .description(
      'Load the deterministic Tomsk demo into an empty database (DATA_DIR or DATABASE_URL); refuses a non-empty one',
    )
    .action(async () => {
      const [{ readEnv }, { runSeed }, { fail }] = await Promise.all([
        import('../../config/env.ts'),
        import('./seed.ts'),
        import('../open-context.ts'),
      ]);
      try {
        const demo = await runSeed(readEnv(), print);
        print(`Demo logins (password for all: ${demo.password}):`);
        for (const l of demo.logins) print(`  ${l.role.padEnd(18)} ${l.email}`);
      } catch (err) {
        fail(err);
      }
    });

  const user = program.command('user').description('Manage accounts');
  user
    .command('create')
    .description(
      'Create a verified account; without --password a strong password is generated and printed once',
    )
    .requiredOption('--email <email>', 'email address (the login)')
    .requiredOption('--name <name>', 'full name')
    .requiredOption(
      '--role <role...>',
      'one or more roles: admin zone_admin incubator_manager analyst mentor investor founder recruiter student',
    )
    .option('--password <password>', 'initial password (at least 8 characters); omit to generate one')
    .action(async (options: { email: string; name: string; role: string[]; password?: string }) => {
      const [{ readEnv }, { runUserCreate }, { fail }] = await Promise.all([
        import('../../config/env.ts'),
        import('./user-create.ts'),
        import('../open-context.ts'),
      ]);
      try {
        const result = await runUserCreate(readEnv(), options);
        print(`Created ${options.email} (${options.role.join(', ')}), id ${result.userId}`);
        if (result.generated) print(`Password (shown once, store it now): ${result.password}`);
      } catch (err) {
        fail(err);
      }
    });

  program
    .command('backup')
    .description(
      'Write a backup to one file (a .tar): the database (a PGlite dump in embedded mode, pg_dump --format=custom with DATABASE_URL) ' +
        'and the uploaded files of DATA_DIR/files, then check the file it wrote. Works while the server runs: in embedded mode the ' +
        'running server takes the backup and sends it over its local channel DATA_DIR/run/inohub.sock (only its user can connect). ' +
        'Restoring is done with the server stopped (inohub restore).',
    )
    .requiredOption(
      '--out <file>',
      'where to write the backup (written as <file>.partial, renamed once verified)',
    )
    .option('--no-verify', 'skip reading the written archive back')
    .option('--quiet', 'print only the result line (and errors)', false)
    .action(async (options: { out: string; verify: boolean; quiet: boolean }) => {
      const [{ readEnv }, { runBackup, progressPrinter }, { fail }] = await Promise.all([
        import('../../config/env.ts'),
        import('./backup.ts'),
        import('../open-context.ts'),
      ]);
      const progress = options.quiet ? null : progressPrinter(process.stderr);
      // Interrupted (Ctrl-C, a cron timeout): no half-written file is left behind.
      const { rmSync } = await import('node:fs');
      const interrupted = () => {
        rmSync(`${options.out}.partial`, { force: true });
        process.exit(130);
      };
      process.once('SIGINT', interrupted);
      process.once('SIGTERM', interrupted);
      try {
        const result = await runBackup(readEnv(), options.out, {
          verify: options.verify,
          onProgress: progress?.onProgress,
        });
        progress?.end();
        const by = result.via === 'server' ? ', taken by the running server' : '';
        print(
          `Backup written to ${options.out} (${result.format} database, ${result.files} uploaded files, ${result.bytes} bytes${by})`,
        );
        if (result.verified)
          print(
            `Verified: manifest, database dump (${result.verified.databaseCheck}), ${result.verified.files} uploaded files`,
          );
      } catch (err) {
        progress?.end();
        fail(err);
      }
    });

  program
    .command('restore')
    .description(
      'Rebuild a data directory (embedded backups) or a PostgreSQL database (pg_dump inside, with pg_restore), and put the uploaded files back into DATA_DIR/files',
    )
    .requiredOption('--from <file>', 'the backup file')
    .option(
      '--data-dir <dir>',
      'the data directory to create (embedded backups) or to receive the uploaded files; must be empty unless --force',
    )
    .option(
      '--database-url <url>',
      'the PostgreSQL database to restore into (pg_dump backups); defaults to DATABASE_URL',
    )
    .option('--force', 'replace the database in a non-empty target', false)
    .action(async (options: { from: string; dataDir?: string; databaseUrl?: string; force: boolean }) => {
      const [{ readEnv }, { runRestore }, { fail }] = await Promise.all([
        import('../../config/env.ts'),
        import('./restore.ts'),
        import('../open-context.ts'),
      ]);
      try {
        const databaseUrl = options.databaseUrl ?? readEnv().DATABASE_URL;
        const result = await runRestore({ ...options, databaseUrl });
        print(
          `Restored the ${result.format} database into ${result.target}, and ${result.files} uploaded files`,
        );
        if (result.format === 'pglite') print(`Start it with DATA_DIR=${result.target} npm start`);
      } catch (err) {
        fail(err);
      }
    });
}
