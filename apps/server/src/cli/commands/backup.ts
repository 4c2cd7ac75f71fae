import fs from 'node:fs';
import path from 'node:path';
import {
  type ChannelEvent,
  ChannelUnavailableError,
  channelPath,
  requestBackup,
} from '../../backup/channel.ts';
import { type BackupFormat, type BackupProgress, takeBackup } from '../../backup/dump.ts';
import { type VerifiedBackup, verifyBackupArchive } from '../../backup/verify.ts';
import type { Env } from '../../config/env.ts';
import { DataDirLockedError } from '../../lib/db/datadir-lock.ts';
import { openDatabase, pgliteDir } from '../../lib/db/open.ts';
import { CliError } from '../open-context.ts';

/** What `inohub backup` reports while it works: the server's (or its own) progress, then the transfer. */
export type BackupEvent = BackupProgress | { phase: 'transfer'; bytes: number; total: number };

export interface BackupResult {
  format: BackupFormat;
  bytes: number;
  files: number;
  /** `server`: taken by the running server through its local channel; `direct`: by this process. */
  via: 'server' | 'direct';
  verified: VerifiedBackup | null;
}

/**
 * One archive with the database and the uploaded files (see backup/dump.ts), written to `out.partial`,
 * verified (backup/verify.ts), then renamed to `out`: a file named `out` is always a whole backup.
 * - PostgreSQL (DATABASE_URL): pg_dump, from this process, whether a server runs or not.
 * - Embedded, no server running: this process opens the data directory and dumps it.
 * - Embedded, a server running (it holds the data-directory lock): the server takes the backup and
 *   streams it over its local channel, `<DATA_DIR>/run/inohub.sock` (backup/channel.ts).
 */
export async function runBackup(
  env: Env,
  out: string,
  options: { onProgress?: (e: BackupEvent) => void; verify?: boolean } = {},
): Promise<BackupResult> {
  const report = options.onProgress ?? (() => undefined);
  const partial = `${out}.partial`;
  const outDir = path.dirname(path.resolve(out));
  if (!fs.existsSync(outDir)) throw new CliError(`No such directory: ${outDir}`);
  const filesDir = path.resolve(env.DATA_DIR, 'files');
  fs.rmSync(partial, { force: true });
  try {
    let result: Omit<BackupResult, 'verified' | 'bytes'>;
    if (env.DATABASE_URL) {
      const manifest = await takeBackup({ databaseUrl: env.DATABASE_URL, filesDir }, partial, report);
      result = { format: 'pg_dump', files: manifest.files, via: 'direct' };
    } else {
      result = await backupEmbedded(env, partial, filesDir, report);
    }
    const verified = options.verify === false ? null : await verifyBackupArchive(partial);
    fs.renameSync(partial, out);
    return { ...result, bytes: fs.statSync(out).size, verified };
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
}

async function backupEmbedded(
  env: Env,
  out: string,
  filesDir: string,
  report: (e: BackupEvent) => void,
): Promise<Omit<BackupResult, 'verified' | 'bytes'>> {
  // Opening a missing directory would create an empty database and back that up.
  if (!fs.existsSync(pgliteDir(env)))
    throw new CliError(`No Inohub database in ${env.DATA_DIR}; check DATA_DIR`);
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(env, { migrate: false });
  } catch (err) {
    if (err instanceof DataDirLockedError) return backupThroughServer(env, out, err);
    throw err;
  }
  try {
    if (opened.database.kind !== 'pglite') throw new Error('unreachable: no DATABASE_URL, yet not PGlite');
    const manifest = await takeBackup({ database: opened.database, filesDir }, out, report);
    return { format: 'pglite', files: manifest.files, via: 'direct' };
  } finally {
    await opened.close();
  }

  async function backupThroughServer(
    env: Env,
    out: string,
    locked: DataDirLockedError,
  ): Promise<Omit<BackupResult, 'verified' | 'bytes'>> {
    const socket = channelPath(env.DATA_DIR);
    try {
      const { manifest } = await requestBackup(
        socket,
        out,
        (e: ChannelEvent | { event: 'transfer'; bytes: number; total: number }) => {
          if (e.event === 'progress') {
            const { event: _, ...p } = e;
            report(p as BackupProgress);
          } else if (e.event === 'transfer') report({ phase: 'transfer', bytes: e.bytes, total: e.total });
        },
      );
      return { format: manifest.database, files: manifest.files, via: 'server' };
    } catch (err) {
      if (err instanceof ChannelUnavailableError) {
        throw new CliError(
          `A server (pid ${locked.holderPid}) holds ${env.DATA_DIR}, but does not answer on its local backup channel ${socket} ` +
            '(a server older than this command, or its log says why the channel did not start).\n' +
            `Either stop it and run the backup again, or download a backup as an administrator:\n  POST ${env.PUBLIC_URL ?? `http://localhost:${env.PORT}`}/api/admin/backup  (with your session cookie; saves a .tar)`,
        );
      }
      throw new CliError((err as Error).message);
    }
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Prints progress to a terminal on one line rewritten in place; to a log or a cron mail, one line per
 * step (and every 25 % of a long transfer), so that the output stays short.
 */
export function progressPrinter(stream: NodeJS.WriteStream): {
  onProgress: (e: BackupEvent) => void;
  end(): void;
} {
  const tty = stream.isTTY === true;
  let lastLine = '';
  let lastQuarter = -1;
  let lastPhase = '';
  const show = (line: string, step: boolean) => {
    if (line === lastLine) return;
    if (tty) {
      stream.write(`\r${line.padEnd(lastLine.length)}`);
      lastLine = line;
    } else if (step) {
      stream.write(`${line}\n`);
      lastLine = line;
    }
  };
  return {
    onProgress(e) {
      const first = e.phase !== lastPhase;
      lastPhase = e.phase;
      if (e.phase === 'database')
        show(e.bytes === null ? 'Dumping the database…' : `Database dumped: ${mb(e.bytes)}`, true);
      else if (e.phase === 'files')
        show(
          `Archiving uploaded files: ${e.done}/${e.total} (${mb(e.bytes)} of ${mb(e.totalBytes)})`,
          first || e.done === e.total,
        );
      else {
        const quarter = e.total > 0 ? Math.floor((e.bytes / e.total) * 4) : 0;
        show(
          `Receiving the archive: ${mb(e.bytes)} of ${mb(e.total)}${e.total ? ` (${Math.floor((e.bytes / e.total) * 100)} %)` : ''}`,
          first || quarter !== lastQuarter,
        );
        lastQuarter = quarter;
      }
    },
    end() {
      if (tty && lastLine) stream.write('\n');
    },
  };
}
