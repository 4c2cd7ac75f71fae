import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AppContext } from '../app-context.ts';
import type { PgliteDatabase } from '../lib/db/pglite.ts';
import { recordAudit, systemAuditContext } from '../modules/identity/index.ts';
import { type BackupManifest, type BackupProgress, takeBackup } from './dump.ts';

/**
 * The local backup channel: how `inohub backup` backs up a running embedded server, whose data
 * directory it cannot open (the server holds the lock, lib/db/datadir-lock.ts).
 *
 * The server listens on a Unix domain socket, `<DATA_DIR>/run/inohub.sock`, in a directory of mode
 * 0700 owned by the server's user, the socket itself 0600: only that user (and root) can connect, so
 * being able to connect is the authorization, as with the data files themselves. The server takes
 * the backup with the code of POST /api/admin/backup (`takeBackup`) and audits it.
 *
 * Protocol, HTTP/1.1 over the socket: `POST /backup` answers 200 with lines of JSON, each one event:
 *   {"event":"progress", ...BackupProgress}      while the dump and the archive are made;
 *   {"event":"archive","bytes":N,"manifest":{…}}  then exactly N bytes, the archive (a tar);
 *   {"event":"error","message":"…"}               instead, when the backup failed.
 * 409 while another backup is being taken, 404 for anything else.
 */
export const channelPath = (dataDir: string): string =>
  path.join(path.resolve(dataDir), 'run', 'inohub.sock');

/** sun_path holds 108 bytes on Linux, 104 on macOS. */
const MAX_SOCKET_PATH = 100;

export type ChannelEvent =
  | ({ event: 'progress' } & BackupProgress)
  | { event: 'archive'; bytes: number; manifest: BackupManifest }
  | { event: 'error'; message: string };

export interface BackupChannel {
  /** The socket, or null when the channel is off (PostgreSQL, Windows, a path too long). */
  readonly path: string | null;
  close(): Promise<void>;
}

interface ChannelLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

const off: BackupChannel = { path: null, close: async () => undefined };

/**
 * Starts the channel of a running server (embedded database only: with DATABASE_URL the CLI runs
 * pg_dump itself). Call once the database is open (the server then holds the data-directory lock, so
 * a socket left by a killed server is stale and replaced); never throws: without the channel the
 * server still runs, and the CLI says how else to back up.
 */
export async function startBackupChannel(ctx: AppContext, log: ChannelLog): Promise<BackupChannel> {
  const database = ctx.database;
  if (database.kind !== 'pglite' || process.platform === 'win32') return off;
  const socket = channelPath(ctx.env.DATA_DIR);
  const runDir = path.dirname(socket);
  try {
    if (Buffer.byteLength(socket) > MAX_SOCKET_PATH)
      throw new Error(`${socket} is too long for a socket path; choose a shorter DATA_DIR`);
    fs.mkdirSync(runDir, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(runDir);
    if (!st.isDirectory() || (process.getuid && st.uid !== process.getuid()))
      throw new Error(`${runDir} is not a directory of this user`);
    fs.chmodSync(runDir, 0o700);
    fs.rmSync(socket, { force: true });
    const server = http.createServer((req, res) => void handle(ctx, database, log, req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(socket, () => {
        server.off('error', reject);
        resolve();
      });
    });
    fs.chmodSync(socket, 0o600);
    log.info({ socket }, 'local backup channel listening (inohub backup)');
    return {
      path: socket,
      async close() {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        fs.rmSync(socket, { force: true });
      },
    };
  } catch (err) {
    log.warn(
      { err, socket },
      'local backup channel not started: `inohub backup` will not work while this server runs',
    );
    return off;
  }
}

let busy = false;

async function handle(
  ctx: AppContext,
  database: PgliteDatabase,
  log: ChannelLog,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const json = (status: number, body: object) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  if (req.method !== 'POST' || req.url !== '/backup') return void json(404, { message: 'POST /backup only' });
  if (busy) return void json(409, { message: 'Another backup is being taken; try again when it is done' });
  busy = true;
  req.resume();
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-backup-'));
  const send = (e: ChannelEvent) => {
    if (!res.writableEnded && !res.destroyed) res.write(`${JSON.stringify(e)}\n`);
  };
  try {
    res.writeHead(200, { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' });
    // Audited first, so that the backup itself holds the record, as with the HTTP route.
    await recordAudit(
      ctx.db,
      { ...systemAuditContext, requestId: `cli-${randomUUID()}` },
      {
        action: 'platform.backup_downloaded',
        objectType: 'database',
        details: { format: 'pglite', via: 'cli' },
      },
    );
    const out = path.join(dir, 'backup.tar');
    const manifest = await takeBackup(
      { database, filesDir: path.resolve(ctx.env.DATA_DIR, 'files') },
      out,
      (p) => send({ event: 'progress', ...p }),
    );
    if (res.destroyed) throw new Error('the CLI went away while the backup was taken');
    const bytes = fs.statSync(out).size;
    send({ event: 'archive', bytes, manifest });
    // Done once the whole file went out: the CLI may close its end as soon as it has the last byte.
    await new Promise<void>((resolve, reject) => {
      const file = fs.createReadStream(out);
      file.on('error', reject);
      res.on('close', () =>
        file.readableEnded ? resolve() : reject(new Error('the CLI went away before the end of the archive')),
      );
      file.pipe(res);
    });
    log.info({ bytes, files: manifest.files, ms: Date.now() - started }, 'backup sent to the CLI');
  } catch (err) {
    log.warn({ err }, 'backup for the CLI failed');
    send({ event: 'error', message: (err as Error).message ?? String(err) });
    if (!res.writableEnded) res.end();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    busy = false;
  }
}

/** The channel is not there, or nobody listens on it (no server, or one without the channel). */
export class ChannelUnavailableError extends Error {}

/**
 * The CLI side: asks the server on `socket` for a backup and writes the archive to `out` (created
 * with mode 0600), reporting the server's progress and then the transfer.
 */
export function requestBackup(
  socket: string,
  out: string,
  onEvent: (e: ChannelEvent | { event: 'transfer'; bytes: number; total: number }) => void = () => undefined,
): Promise<{ manifest: BackupManifest; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      socketPath: socket,
      method: 'POST',
      path: '/backup',
      headers: { host: 'inohub' },
    });
    req.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT' || err.code === 'ECONNREFUSED'
          ? new ChannelUnavailableError(`nothing listens on ${socket}`)
          : err,
      ),
    );
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        let body = '';
        res.on('data', (c) => (body += String(c)));
        res.on('end', () => {
          let message = body;
          try {
            message = (JSON.parse(body) as { message: string }).message;
          } catch {}
          reject(new Error(`The server refused the backup (${res.statusCode}): ${message}`));
        });
        return;
      }
      let pending = Buffer.alloc(0);
      let archive: { bytes: number; manifest: BackupManifest } | null = null;
      let received = 0;
      let failed: Error | null = null;
      const file = fs.createWriteStream(out, { mode: 0o600 });
      const fileDone = new Promise<void>((ok, ko) => {
        file.on('finish', ok);
        file.on('error', (err) => {
          ko(err);
          req.destroy(err);
        });
      });
      fileDone.catch(reject);
      const body = (chunk: Buffer) => {
        received += chunk.length;
        if (!file.write(chunk)) {
          res.pause();
          file.once('drain', () => res.resume());
        }
        onEvent({ event: 'transfer', bytes: received, total: archive?.bytes ?? 0 });
      };
      res.on('data', (chunk: Buffer) => {
        if (archive) return body(chunk);
        pending = Buffer.concat([pending, chunk]);
        for (let nl = pending.indexOf(10); nl >= 0 && !archive; nl = pending.indexOf(10)) {
          const event = JSON.parse(pending.subarray(0, nl).toString('utf8')) as ChannelEvent;
          pending = pending.subarray(nl + 1);
          if (event.event === 'archive') archive = { bytes: event.bytes, manifest: event.manifest };
          else if (event.event === 'error')
            failed = new Error(`The server could not take the backup: ${event.message}`);
          else onEvent(event);
        }
        if (archive && pending.length > 0) {
          const rest = pending;
          pending = Buffer.alloc(0);
          body(rest);
        }
      });
      res.on('error', reject);
      res.on('end', () => {
        file.end();
        fileDone.then(() => {
          if (failed) reject(failed);
          else if (!archive) reject(new Error('The server closed the channel before sending the archive'));
          else if (received !== archive.bytes)
            reject(new Error(`The archive was cut short: ${received} of ${archive.bytes} bytes`));
          else resolve({ manifest: archive.manifest, bytes: received });
        }, reject);
      });
    });
    req.end();
  });
}
