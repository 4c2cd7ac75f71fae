import type { Env } from './config/env.ts';
import type { AppDatabase } from './lib/db/open.ts';
import type { Db } from './lib/db/types.ts';
import type { FileStore } from './lib/files/file-store.ts';
import type { Mailer } from './lib/mail/mailer.ts';

/** What every module receives when it registers its routes: shared infrastructure, no domain. */
export interface AppContext {
  readonly env: Env;
  readonly database: AppDatabase;
  readonly db: Db;
  readonly mailer: Mailer;
  readonly files: FileStore;
  /** Where people reach the platform (links in mail). */
  readonly baseUrl: string;
}
