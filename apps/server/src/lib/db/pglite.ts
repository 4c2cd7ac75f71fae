import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database } from './types.ts';

export const pgliteExtensions = { pg_trgm, btree_gist };

export interface PgliteDatabase extends Database {
  readonly kind: 'pglite';
  readonly client: PGlite;
}

/** Opens PGlite on a directory (`undefined` = in memory) or from a dump made by `dumpDataDir`. */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<PgliteDatabase> {
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: pgliteExtensions,
    relaxedDurability: false,
  });
  const db = drizzle(client);
  return {
    kind: 'pglite',
    client,
    db,
    async query<T>(text: string, params: unknown[] = []) {
      const res = await client.query<T>(text, params);
      return res.rows;
    },
    close: () => client.close(),
  };
}
