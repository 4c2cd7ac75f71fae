import { createHash } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { signInFailures } from '../identity.tables.ts';

const WINDOW_MS = 15 * 60 * 1000;
const FREE_FAILURES = 3;
const MAX_DELAY_MS = 8_000;

/** Keyed by a hash of the normalized email, existing account or not, so the delay reveals nothing. */
export const emailKey = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

/** Progressive delay per account: 0 for the first few failures, then doubling, capped; no lockout. */
export function delayFor(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 500 * 2 ** (failures - FREE_FAILURES));
}

export async function recentFailures(db: Db, email: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(signInFailures)
    .where(
      and(
        eq(signInFailures.emailHash, emailKey(email)),
        gt(signInFailures.createdAt, new Date(Date.now() - WINDOW_MS)),
      ),
    );
  return row?.n ?? 0;
}

export async function recordFailure(db: Db, email: string): Promise<void> {
  await db.insert(signInFailures).values({ emailHash: emailKey(email) });
  await db.delete(signInFailures).where(lt(signInFailures.createdAt, new Date(Date.now() - WINDOW_MS)));
}

export async function clearFailures(db: Db, email: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.emailHash, emailKey(email)));
}
