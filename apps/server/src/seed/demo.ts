import { sql } from 'drizzle-orm';
import type { AppContext } from '../app-context.ts';
import { inTransaction } from '../lib/db/transaction.ts';
import { Random } from '../lib/demo/random.ts';
import { users } from '../modules/identity/identity.tables.ts';
import { DEMO_STEPS } from '../modules.ts';
import { DEMO_PASSWORD, type DemoLogin, seedDemoAccounts } from './demo-accounts.ts';

export interface DemoResult {
  password: string;
  logins: DemoLogin[];
}

export const DEMO_SEED = 20_050_101;

/** Loads the Tomsk demo on an empty database (no users yet); returns the demo logins. */
export async function loadDemoIfEmpty(
  ctx: AppContext,
  log: (msg: string) => void,
): Promise<DemoResult | null> {
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(users);
  if ((row?.n ?? 0) > 0) {
    const logins = await seedDemoAccounts(ctx.db, { onlyList: true });
    return logins.length ? { password: DEMO_PASSWORD, logins } : null;
  }
  return loadDemo(ctx, log);
}

/** Every step runs in one transaction: a demo is loaded whole or not at all. */
export async function loadDemo(ctx: AppContext, log: (msg: string) => void): Promise<DemoResult> {
  const started = Date.now();
  const random = new Random(DEMO_SEED);
  const logins = await inTransaction(ctx.db, async (tx) => {
    const accounts = await seedDemoAccounts(tx, {});
    const demoCtx = { ...ctx, db: tx };
    for (const step of DEMO_STEPS) {
      const t0 = Date.now();
      await step.run(demoCtx, random.fork(step.name), accounts);
      log(`demo: ${step.name} (${Date.now() - t0} ms)`);
    }
    return accounts;
  });
  log(`demo data loaded in ${Date.now() - started} ms`);
  return { password: DEMO_PASSWORD, logins };
}
