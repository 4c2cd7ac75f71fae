import { sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { rateLimits } from '../identity.tables.ts';

const WINDOW_MS = 60_000;
export const SIGN_UPS_PER_MINUTE = 10;

/**
 * Counts one sign-up from a client address in a fixed one-minute window and refuses the eleventh
 * (429). Kept in the database beside better-auth's own counters, so every instance shares it.
 */
export async function consumeSignUpAllowance(db: Db, ip: string, now = Date.now()): Promise<void> {
  const key = `inohub:sign-up:${ip}`;
  const windowStart = now - WINDOW_MS;
  const [row] = await db
    .insert(rateLimits)
    .values({ id: crypto.randomUUID(), key, count: 1, lastRequest: now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.lastRequest} < ${windowStart} then 1 else ${rateLimits.count} + 1 end`,
        lastRequest: sql`case when ${rateLimits.lastRequest} < ${windowStart} then ${now} else ${rateLimits.lastRequest} end`,
      },
    })
    .returning({ count: rateLimits.count });
  if ((row?.count ?? 0) > SIGN_UPS_PER_MINUTE)
    throw new AppError(
      'rate_limited',
      'auth.too_many_requests',
      'Too many sign-ups from this address; try again in a minute',
    );
}
