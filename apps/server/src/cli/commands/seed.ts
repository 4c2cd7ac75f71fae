import { sql } from 'drizzle-orm';
import type { Env } from '../../config/env.ts';
import { users } from '../../modules/identity/identity.tables.ts';
import { type DemoResult, loadDemo } from '../../seed/demo.ts';
import { CliError, openCliContext } from '../open-context.ts';

/** Loads the Tomsk demo into an empty database; refuses one that already has users. */
export async function runSeed(env: Env, log: (msg: string) => void): Promise<DemoResult> {
  const { ctx, opened } = await openCliContext(env);
  try {
    const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((row?.n ?? 0) > 0) {
      throw new CliError(
        `The database already has ${row?.n} users; the demo loads only into an empty one (new DATA_DIR or database).`,
      );
    }
    return await loadDemo(ctx, log);
  } finally {
    await opened.close();
  }
}
