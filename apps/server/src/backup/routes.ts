import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.ts';
import { AppError } from '../lib/errors.ts';
import { access } from '../lib/http/access.ts';
import { auditContextOf, recordAudit } from '../modules/identity/index.ts';
import { BackupError, backupFileName, hasTool, takeBackup } from './dump.ts';

/**
 * POST /api/admin/backup: a backup of the running system, for an administrator in the browser. The
 * CLI (`inohub backup`) takes the same backup through the local channel (channel.ts) instead.
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
          'Download a backup of the running system: one tar with the database (PGlite dump or pg_dump custom format) and the uploaded files',
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
      const url = ctx.env.DATABASE_URL;
      if (format === 'pg_dump' && !url)
        throw new AppError('unavailable', 'platform.no_database_url', 'No DATABASE_URL to back up');
      // Audited first, so that the backup itself holds the record of who took it.
      await recordAudit(ctx.db, auditContextOf(request), {
        action: 'platform.backup_downloaded',
        objectType: 'database',
        details: { format },
      });
      // The archive is built in a private temporary file, sent, then removed.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-backup-'));
      const out = path.join(dir, 'backup.tar');
      const filesDir = path.resolve(ctx.env.DATA_DIR, 'files');
      try {
        const manifest = await takeBackup(
          ctx.database.kind === 'pglite'
            ? { database: ctx.database, filesDir }
            : { databaseUrl: url as string, filesDir },
          out,
        );
        request.log.info({ format, files: manifest.files }, 'backup archive written');
      } catch (err) {
        fs.rmSync(dir, { recursive: true, force: true });
        if (err instanceof BackupError)
          throw new AppError('unavailable', 'platform.backup_failed', err.message);
        throw err;
      }
      const stream = fs.createReadStream(out);
      stream.on('close', () => fs.rmSync(dir, { recursive: true, force: true }));
      return reply
        .header('content-disposition', `attachment; filename="${backupFileName()}"`)
        .header('cache-control', 'no-store')
        .type('application/x-tar')
        .send(stream);
    },
  );
}
