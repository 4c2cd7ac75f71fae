import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database } from './types.ts';

export interface PostgresDatabase extends Database {
  readonly kind: 'postgres';
  readonly pool: pg.Pool;
}

// Dates come back as strings ('2026-11-25'), not JS Dates shifted by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export async function openPostgres(url: string, max = 10): Promise<PostgresDatabase> {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000 });
  // Fail fast with a clear message instead of on the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzle(pool);
  return {
    kind: 'postgres',
    pool,
    db,
    async query<T>(text: string, params: unknown[] = []) {
      const res = await pool.query(text, params);
      return res.rows as T[];
    },
    close: () => pool.end(),
  };
}
