import fs from 'node:fs';
import path from 'node:path';
import { dumpPglite, pgDumpStream, writeBackupArchive } from '../../backup/dump.ts';
import type { Env } from '../../config/env.ts';
import { DataDirLockedError } from '../../lib/db/datadir-lock.ts';
import { openDatabase, pgliteDir } from '../../lib/db/open.ts';
import { CliError } from '../open-context.ts';

/**
 * One archive with the database and the uploaded files (see backup/dump.ts). Embedded mode: dumps
 * the data directory when no server holds it; while one runs, the lock refuses us and we say how to
 * back up through the server instead. PostgreSQL mode: pg_dump.
 */
export async function runBackup(
  env: Env,
  out: string,
): Promise<{ format: 'pglite' | 'pg_dump'; bytes: number; files: number }> {
  const filesDir = path.resolve(env.DATA_DIR, 'files');
  if (env.DATABASE_URL) {
    const dump = pgDumpStream(env.DATABASE_URL);
    const [manifest] = await Promise.all([
      writeBackupArchive(out, { format: 'pg_dump', database: dump.stdout, filesDir }),
      dump.done,
    ]);
    return { format: 'pg_dump', bytes: fs.statSync(out).size, files: manifest.files };
  }
  // Opening a missing directory would create an empty database and back that up.
  if (!fs.existsSync(pgliteDir(env)))
    throw new CliError(`No Inohub database in ${env.DATA_DIR}; check DATA_DIR`);
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(env, { migrate: false });
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      throw new CliError(
        `${err.message}\nA server is running on this data directory. Either stop it and run the backup again, or download a backup from the running server as an administrator:\n  POST ${env.PUBLIC_URL ?? `http://localhost:${env.PORT}`}/api/admin/backup  (with your session cookie; saves a .tar.gz)`,
      );
    }
    throw err;
  }
  try {
    const dump = await dumpPglite(opened.database);
    const manifest = await writeBackupArchive(out, { format: 'pglite', database: dump, filesDir });
    return { format: 'pglite', bytes: fs.statSync(out).size, files: manifest.files };
  } finally {
    await opened.close();
  }
}
