import fs from 'node:fs';
import path from 'node:path';
import {
  BackupError,
  type BackupFormat,
  detectFormat,
  openBackupArchive,
  restoreFiles,
  restorePgDump,
  restorePglite,
} from '../../backup/dump.ts';
import { openPostgres } from '../../lib/db/postgres.ts';

export interface RestoreOptions {
  from: string;
  dataDir?: string;
  databaseUrl?: string;
  force?: boolean;
}

/**
 * Rebuilds a data directory (embedded) or a PostgreSQL database, and the uploaded files, from a
 * backup archive; a bare database dump of the earlier format is restored too (without files).
 */
export async function runRestore(
  options: RestoreOptions,
): Promise<{ format: BackupFormat; target: string; files: number }> {
  if (!fs.existsSync(options.from)) throw new BackupError(`No such file: ${options.from}`);
  const fd = fs.openSync(options.from, 'r');
  const head = Buffer.alloc(512);
  fs.readSync(fd, head, 0, 512, 0);
  fs.closeSync(fd);
  const kind = detectFormat(head);
  if (kind === 'archive') {
    const archive = await openBackupArchive(options.from);
    try {
      if (archive.filesDir && !options.dataDir)
        throw new BackupError(
          'This backup holds uploaded files: give --data-dir DIR (the DATA_DIR they go to)',
        );
      const done = await restoreDatabase(archive.manifest.database, archive.databaseFile, options);
      const files =
        archive.filesDir && options.dataDir
          ? restoreFiles(archive.filesDir, path.resolve(options.dataDir), { force: options.force })
          : 0;
      return { ...done, files };
    } finally {
      archive.dispose();
    }
  }
  if (kind === 'pglite' || kind === 'pg_dump')
    return { ...(await restoreDatabase(kind, options.from, options)), files: 0 };
  throw new BackupError(
    `${options.from} is neither an Inohub backup (.tar) nor a database dump (PGlite .tar.gz, pg_dump archive)`,
  );
}

async function restoreDatabase(
  format: BackupFormat,
  file: string,
  options: RestoreOptions,
): Promise<{ format: BackupFormat; target: string }> {
  if (format === 'pglite') {
    if (!options.dataDir) throw new BackupError('An embedded backup needs --data-dir DIR (the new DATA_DIR)');
    const dataDir = path.resolve(options.dataDir);
    await restorePglite(fs.readFileSync(file), dataDir, { force: options.force });
    return { format, target: dataDir };
  }
  // pg_dump: restored into a PostgreSQL database with pg_restore.
  if (!options.databaseUrl)
    throw new BackupError('A pg_dump backup needs --database-url (or DATABASE_URL) of the target database');
  const target = await openPostgres(options.databaseUrl, 1);
  let hasTables = false;
  try {
    const [row] = await target.query<{ n: number }>(
      "select count(*)::int as n from information_schema.tables where table_schema = 'public'",
    );
    hasTables = (row?.n ?? 0) > 0;
  } finally {
    await target.close();
  }
  await restorePgDump(file, options.databaseUrl, { force: options.force, hasTables });
  return { format, target: 'PostgreSQL database' };
}
