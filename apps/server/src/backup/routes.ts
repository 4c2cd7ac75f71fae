import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { AppError } from '../lib/errors.ts';
import { access } from '../lib/http/access.ts';
import { auditContextOf, recordAudit } from '../modules/identity/index.ts';
import { BackupError, backupFileName, dumpPglite, hasTool, pgDumpStream } from './dump.ts';

/**
 * POST /api/admin/backup: a backup of the running system. In embedded mode the server holds the
 * data-directory lock, so this route (not the CLI) is how to back up without stopping it.
 * POST rather than GET: it is a privileged action that writes an audit row.
 */
export function registerBackupRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/api/admin/backup',
    {
      config: { access: access.roles('admin') },
      schema: {
        tags: ['admin'],
        summary:
          'Download a backup of the running database (PGlite dump, or pg_dump custom format on PostgreSQL)',
      },
    },
    async (request, reply) => {
      const format = ctx.database.kind === 'pglite' ? 'pglite' : 'pg_dump';
      if (format === 'pg_dump' && !hasTool('pg_dump')) {
        throw new AppError(
          'unavailable',
          'platform.pg_dump_missing',
          'pg_dump is not installed on the server; back up with your PostgreSQL tooling',
        );
      }
      await recordAudit(ctx.db, auditContextOf(request), {
        action: 'platform.backup_downloaded',
        objectType: 'database',
        details: { format },
      });
      reply
        .header('content-disposition', `attachment; filename="${backupFileName(format)}"`)
        .header('cache-control', 'no-store')
        .type(format === 'pglite' ? 'application/gzip' : 'application/octet-stream');
      if (ctx.database.kind === 'pglite') return reply.send(await dumpPglite(ctx.database));
      const url = ctx.env.DATABASE_URL;
      if (!url) throw new AppError('unavailable', 'platform.no_database_url', 'No DATABASE_URL to back up');
      const dump = pgDumpStream(url);
      dump.done.catch((err: unknown) =>
        request.log.error({ err: err instanceof BackupError ? err.message : err }, 'pg_dump failed'),
      );
      return reply.send(dump.stdout);
    },
  );
}
