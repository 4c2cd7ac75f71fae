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

/**
 * Types drizzle reads as text and converts itself: its PGlite driver passes these identity
 * parsers with every query (timestamp, timestamptz, interval, date, numeric[] and the arrays of
 * the date types). PGlite merges per-query parsers by copying its whole table of ~320 parsers on
 * every query, which measured at ~120 µs a query — more than a small query itself.
 */
const DRIZZLE_TEXT_TYPES = new Set([1114, 1184, 1186, 1082, 1231, 1115, 1185, 1187, 1182]);
const asText = (value: string) => value;

type Parsers = Record<number, (value: string, typeId?: number) => unknown>;
type QueryOptions = { parsers?: Parsers; [key: string]: unknown } | undefined;
type QueryFn = (query: string, params?: unknown[], options?: QueryOptions) => Promise<unknown>;

/** True when `parsers` only turns drizzle's text types into text (what the instance now does anyway). */
function onlyDrizzleTextParsers(parsers: Parsers): boolean {
  for (const key in parsers) {
    if (!DRIZZLE_TEXT_TYPES.has(Number(key)) || parsers[key as unknown as number]?.('x') !== 'x')
      return false;
  }
  return true;
}

/** Drops per-query parsers that repeat the instance's own, so PGlite skips its per-query merge. */
function withoutRedundantParsers(query: QueryFn): QueryFn {
  return (text, params, options) =>
    query(
      text,
      params,
      options?.parsers && onlyDrizzleTextParsers(options.parsers)
        ? { ...options, parsers: undefined }
        : options,
    );
}

/** Opens PGlite on a directory (`undefined` = in memory) or from a dump made by `dumpDataDir`. */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<PgliteDatabase> {
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: pgliteExtensions,
    relaxedDurability: false,
  });
  // The instance reads drizzle's text types as text, as drizzle asks on each of its queries, and
  // drizzle's identical per-query parsers are dropped (also inside transactions). Raw queries
  // (`query` below) ask for PGlite's default parsers of those types back, so they still get Dates.
  const defaults = client.parsers as Parsers;
  const rawParsers: Parsers = {};
  const textParsers: Parsers = {};
  for (const oid of DRIZZLE_TEXT_TYPES) {
    rawParsers[oid] = defaults[oid] ?? asText;
    textParsers[oid] = asText;
  }
  client.parsers = { ...defaults, ...textParsers };
  const mutable = client as unknown as {
    query: QueryFn;
    transaction: (work: (tx: unknown) => unknown) => unknown;
  };
  mutable.query = withoutRedundantParsers(client.query.bind(client) as QueryFn);
  const transaction = client.transaction.bind(client) as typeof mutable.transaction;
  mutable.transaction = (work) =>
    transaction((tx) => {
      const t = tx as { query: QueryFn };
      t.query = withoutRedundantParsers(t.query.bind(t));
      return work(tx);
    });
  const db = drizzle(client);
  return {
    kind: 'pglite',
    client,
    db,
    async query<T>(text: string, params: unknown[] = []) {
      const res = await client.query<T>(text, params, { parsers: rawParsers });
      return res.rows;
    },
    close: () => client.close(),
  };
}
