import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { AppContext } from './app-context.ts';
import { startBackupChannel } from './backup/channel.ts';
import { type Env, publicUrl } from './config/env.ts';
import { resolveSessionSecret } from './config/secret.ts';
import { type OpenedDatabase, openDatabase } from './lib/db/open.ts';
import { FileStore } from './lib/files/file-store.ts';
import { startScheduler } from './lib/jobs/scheduler.ts';
import { Mailer } from './lib/mail/mailer.ts';
import { moduleJobs } from './modules.ts';

export interface RunningServer {
  app: FastifyInstance;
  ctx: AppContext;
  opened: OpenedDatabase;
  stop(): Promise<void>;
}

/** Opens the database, builds the app and starts the background loops (mail delivery). */
export async function createServer(
  env: Env,
  options: { webDist?: string; logger?: boolean } = {},
): Promise<RunningServer> {
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
  // `npx inohub backup` reaches a running embedded server through a socket only its user can open.
  const backupChannel = await startBackupChannel(ctx, app.log);
  // Scheduled work (mail retries, report reminders, compliance flags), once per tick across instances.
  const stopScheduler = startScheduler(ctx.db, moduleJobs(ctx), (err) =>
    app.log.warn({ err }, 'scheduled job'),
  );
  return {
    app,
    ctx,
    opened,
    async stop() {
      stopScheduler();
      await backupChannel.close();
      await app.close();
      mailer.close();
      await opened.close();
    },
  };
}
