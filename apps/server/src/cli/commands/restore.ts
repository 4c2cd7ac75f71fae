import fs from 'node:fs';
import path from 'node:path';
import { BackupError, detectFormat, restorePgDump, restorePglite } from '../../backup/dump.ts';
import { openPostgres } from '../../lib/db/postgres.ts';

export interface RestoreOptions {
  from: string;
  dataDir?: string;
  databaseUrl?: string;
  force?: boolean;
}

/** Rebuilds a data directory (PGlite dump) or a PostgreSQL database (pg_dump archive) from a backup file. */
export async function runRestore(
  options: RestoreOptions,
): Promise<{ format: 'pglite' | 'pg_dump'; target: string }> {
  if (!fs.existsSync(options.from)) throw new BackupError(`No such file: ${options.from}`);
  const fd = fs.openSync(options.from, 'r');
  const head = Buffer.alloc(8);
  fs.readSync(fd, head, 0, 8, 0);
  fs.closeSync(fd);
  const format = detectFormat(head);
  if (format === 'pglite') {
    if (!options.dataDir) throw new BackupError('An embedded backup needs --data-dir DIR (the new DATA_DIR)');
    const dataDir = path.resolve(options.dataDir);
    await restorePglite(fs.readFileSync(options.from), dataDir, { force: options.force });
    return { format, target: dataDir };
  }
  if (format === 'pg_dump') {
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
    await restorePgDump(options.from, options.databaseUrl, { force: options.force, hasTables });
    return { format, target: 'PostgreSQL database' };
  }
  throw new BackupError(
    `${options.from} is neither an Inohub embedded backup (.tar.gz) nor a pg_dump custom archive`,
  );
}
