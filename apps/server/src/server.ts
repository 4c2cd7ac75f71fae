import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from './app-context.ts';
import { buildApp } from './app.ts';
import { type Env, publicUrl } from './config/env.ts';
import { resolveSessionSecret } from './config/secret.ts';
import { type OpenedDatabase, openDatabase } from './lib/db/open.ts';
import { FileStore } from './lib/files/file-store.ts';
import { Mailer } from './lib/mail/mailer.ts';

export interface RunningServer {
  app: FastifyInstance;
  ctx: AppContext;
  opened: OpenedDatabase;
  stop(): Promise<void>;
}

/** Opens the database, builds the app and starts the background loops (mail delivery). */
export async function createServer(env: Env, options: { webDist?: string; logger?: boolean } = {}): Promise<RunningServer> {
  const opened = await openDatabase(env);
  const mailer = new Mailer(env.SMTP_URL, env.MAIL_FROM);
  const ctx: AppContext = {
    env,
    database: opened.database,
    db: opened.database.db,
    mailer,
    files: new FileStore(path.resolve(env.DATA_DIR, 'files')),
    baseUrl: publicUrl(env),
  };
  const app = await buildApp(ctx, {
    secret: resolveSessionSecret(env),
    webDist: options.webDist,
    logger: options.logger,
    signInPerMinute: env.SIGNIN_RATE_LIMIT,
  });
  // Retries mail that failed to send; new mail is sent right after it is queued.
  const mailTimer = setInterval(() => void mailer.deliverPending(ctx.db).catch((err) => app.log.warn({ err }, 'mail delivery')), 60_000);
  mailTimer.unref();
  return {
    app,
    ctx,
    opened,
    async stop() {
      clearInterval(mailTimer);
      await app.close();
      mailer.close();
      await opened.close();
    },
  };
}
