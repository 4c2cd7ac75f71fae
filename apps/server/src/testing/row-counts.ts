import type { Database } from '../lib/db/types.ts';

/** Rows per table of the public schema: backup and restore drills compare these. */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = await db.query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await db.query<{ n: number }>(`select count(*)::int as n from "${table_name}"`);
    counts[table_name] = row?.n ?? -1;
  }
  return counts;
}
