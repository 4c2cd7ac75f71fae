import path from 'node:path';
import type { Env } from '../../config/env.ts';
import { acquireDataDirLock, type DataDirLock } from './datadir-lock.ts';
import { runMigrations } from './migrate.ts';
import { openPglite, type PgliteDatabase } from './pglite.ts';
import { openPostgres, type PostgresDatabase } from './postgres.ts';

export type AppDatabase = PgliteDatabase | PostgresDatabase;

export interface OpenedDatabase {
  database: AppDatabase;
  /** Releases the data-directory lock (embedded mode) after closing the database. */
  close(): Promise<void>;
}

export function pgliteDir(env: Env): string {
  return path.resolve(env.DATA_DIR, 'pglite');
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(env: Env, options: { migrate?: boolean } = {}): Promise<OpenedDatabase> {
  let lock: DataDirLock | null = null;
  let database: AppDatabase;
  if (env.DATABASE_URL) {
    database = await openPostgres(env.DATABASE_URL);
  } else {
    lock = acquireDataDirLock(path.resolve(env.DATA_DIR));
    try {
      database = await openPglite({ dataDir: pgliteDir(env) });
    } catch (err) {
      lock.release();
      throw err;
    }
  }
  if (options.migrate !== false) await runMigrations(database);
  return {
    database,
    async close() {
      await database.close();
      lock?.release();
    },
  };
}
