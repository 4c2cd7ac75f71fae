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
  // An idle connection dropped by the server (restart, failover, admin termination) is reported
  // here and replaced on the next query; without a listener node-postgres would crash the process.
  pool.on('error', (err) => {
    if (pool.ending) return;
    process.stderr.write(
      `PostgreSQL dropped an idle connection (${err.message}); the pool opens a new one when needed\n`,
    );
  });
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
    // pool.end() resolves before its connections have finished closing; wait for them, so that a
    // caller dropping the database (tests) or exiting next does not race the goodbyes.
    async close() {
      let left = pool.totalCount;
      const removed = new Promise<void>((resolve) => {
        if (left === 0) resolve();
        pool.on('remove', () => {
          left -= 1;
          if (left <= 0) resolve();
        });
      });
      await pool.end();
      await Promise.race([removed, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    },
  };
}
