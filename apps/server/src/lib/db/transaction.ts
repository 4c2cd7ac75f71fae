import type { Db } from './types.ts';

/** Runs `work` in one transaction; a thrown error rolls everything back, so no partial writes. */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Db));
}
