import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnvError, readEnv } from './config/env.ts';
import { DataDirLockedError } from './lib/db/datadir-lock.ts';
import { loadDemoIfEmpty } from './seed/demo.ts';
import { createServer } from './server.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const webDist = path.resolve(here, '../../web/dist');

async function main() {
  const env = readEnv();
  const noDemo =
    process.argv.includes('--no-demo') || env.INOHUB_DEMO === false || env.NODE_ENV === 'production';
  const server = await createServer(env, { webDist });
  const { app, ctx } = server;

  let demo: Awaited<ReturnType<typeof loadDemoIfEmpty>> = null;
  if (!noDemo) demo = await loadDemoIfEmpty(ctx, (msg) => app.log.info(msg));

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: env.PORT, host: env.HOST });
  const url = ctx.baseUrl;
  const lines = [
    '',
    `  Inohub is running at ${url}`,
    `  Database: ${ctx.database.kind === 'pglite' ? `embedded PGlite in ${path.resolve(env.DATA_DIR)}` : 'PostgreSQL'}`,
    `  API docs: ${url}/api/docs`,
  ];
  if (demo) {
    lines.push('', `  Demo logins (password for all: ${demo.password}):`);
    for (const login of demo.logins) lines.push(`    ${login.role.padEnd(18)} ${login.email}`);
  }
  lines.push('');
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  if (err instanceof EnvError || err instanceof DataDirLockedError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Inohub failed to start: ${err?.stack ?? err}\n`);
  process.exit(1);
});
