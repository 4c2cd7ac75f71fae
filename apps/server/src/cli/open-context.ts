import path from 'node:path';
import type { AppContext } from '../app-context.ts';
import { type Env, publicUrl, readEnv } from '../config/env.ts';
import { type OpenedDatabase, openDatabase } from '../lib/db/open.ts';
import { FileStore } from '../lib/files/file-store.ts';
import { Mailer } from '../lib/mail/mailer.ts';

/**
 * The CLI works on the configured database directly (DATA_DIR or DATABASE_URL). In embedded mode
 * that takes the data-directory lock, so it refuses while a server runs on the same directory.
 */
export async function openCliContext(
  env: Env = readEnv(),
): Promise<{ ctx: AppContext; opened: OpenedDatabase }> {
  const opened = await openDatabase(env);
  const ctx: AppContext = {
    env,
    database: opened.database,
    db: opened.database.db,
    mailer: new Mailer(env.SMTP_URL, env.MAIL_FROM),
    files: new FileStore(path.resolve(env.DATA_DIR, 'files')),
    baseUrl: publicUrl(env),
  };
  return { ctx, opened };
}

/** An error the person at the terminal can act on: printed without a stack. */
export class CliError extends Error {}

const ACTIONABLE = ['CliError', 'EnvError', 'DataDirLockedError', 'BackupError', 'AppError'];

/** Prints actionable errors as one message (exit 2) and anything unexpected with its stack (exit 1). */
export function fail(err: unknown): never {
  const known = err instanceof Error && ACTIONABLE.includes(err.constructor.name);
  process.stderr.write(
    `${known ? (err as Error).message : err instanceof Error ? err.stack : String(err)}\n`,
  );
  process.exit(known ? 2 : 1);
}
