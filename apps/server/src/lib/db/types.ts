import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/**
 * The database handle every repository and service takes first. A transaction (`tx` inside
 * `db.transaction`) is also a `Db`, so callers decide the transaction boundary.
 */
// biome-ignore lint/suspicious/noExplicitAny: the schema generic is irrelevant to the query builder we use.
export type Db = PgDatabase<PgQueryResultHKT, any>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Db;
  /** Plain rows from raw SQL with parameters ($1, $2 …); same shape on both drivers. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}
