import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from './pglite.ts';
import type { PostgresDatabase } from './postgres.ts';

export const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../drizzle',
);

// An arbitrary constant shared by every Inohub process: two instances starting together
// against one PostgreSQL serialize on it, so the migrations run once.
const MIGRATION_LOCK_KEY = 8_421_337_001;

export async function runMigrations(database: PgliteDatabase | PostgresDatabase): Promise<void> {
  if (database.kind === 'pglite') {
    // PGlite is single-connection and the data directory is locked by this process.
    await migratePglite(database.db as Parameters<typeof migratePglite>[0], { migrationsFolder });
    return;
  }
  // Session-level advisory lock held on one dedicated connection while the pool migrates.
  const lockClient = await database.pool.connect();
  try {
    await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePostgres(database.db as Parameters<typeof migratePostgres>[0], { migrationsFolder });
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    lockClient.release();
  }
}
