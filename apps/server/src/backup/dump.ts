import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { acquireDataDirLock } from '../lib/db/datadir-lock.ts';
import type { AppDatabase } from '../lib/db/open.ts';
import { openPglite } from '../lib/db/pglite.ts';

/**
 * Backups are one file in the native format of each mode, so standard tools can read them:
 * - embedded: PGlite's `dumpDataDir('gzip')`, a gzip'd tar of the PostgreSQL data directory;
 * - PostgreSQL: `pg_dump --format=custom`, restored with `pg_restore`.
 * Uploaded files (DATA_DIR/files) are plain files and are copied separately (docs/operations).
 */
export type BackupFormat = 'pglite' | 'pg_dump';

export class BackupError extends Error {}

/** gzip magic (1f 8b) → a PGlite dump; "PGDMP" → a pg_dump custom archive. */
export function detectFormat(head: Buffer): BackupFormat | null {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg_dump';
  return null;
}

/** A consistent snapshot of a running embedded database (PGlite serializes it with the queries). */
export async function dumpPglite(database: AppDatabase): Promise<Buffer> {
  if (database.kind !== 'pglite') throw new BackupError('dumpPglite needs the embedded database');
  const blob = await database.client.dumpDataDir('gzip');
  return Buffer.from(await blob.arrayBuffer());
}

/** `pg_dump --format=custom` of a PostgreSQL database, as a stream (fails clearly without pg_dump). */
export function pgDumpStream(databaseUrl: string): { stdout: Readable; done: Promise<void> } {
  const child = spawn('pg_dump', ['--format=custom', '--no-owner', '--dbname', databaseUrl], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (err) =>
      reject(
        new BackupError(
          (err as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'pg_dump is not on PATH; install the PostgreSQL client tools'
            : err.message,
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`pg_dump failed (${code}): ${stderr.trim()}`)),
    );
  });
  return { stdout: child.stdout, done };
}

/** Whether a PostgreSQL client tool (pg_dump, pg_restore) can be run. */
export function hasTool(name: string): boolean {
  return spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0;
}

export function isEmptyDir(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

/**
 * Rebuilds an embedded data directory from a PGlite dump: the PostgreSQL files go to
 * `<dataDir>/pglite`, exactly where `npm start` with DATA_DIR=<dataDir> looks for them.
 * Refuses a non-empty directory unless `force` (then only the database part is replaced).
 */
export async function restorePglite(
  dump: Buffer,
  dataDir: string,
  options: { force?: boolean } = {},
): Promise<void> {
  if (!isEmptyDir(dataDir) && !options.force) {
    throw new BackupError(
      `${dataDir} is not empty; choose an empty directory or pass --force to replace its database`,
    );
  }
  const lock = acquireDataDirLock(dataDir);
  try {
    const target = path.join(dataDir, 'pglite');
    fs.rmSync(target, { recursive: true, force: true });
    const database = await openPglite({ dataDir: target, loadDataDir: new Blob([new Uint8Array(dump)]) });
    try {
      await database.query('select 1'); // the restored cluster answers
    } finally {
      await database.close();
    }
  } finally {
    lock.release();
  }
}

/** `pg_restore` into a PostgreSQL database; refuses one with tables in it unless `force` (then --clean). */
export async function restorePgDump(
  file: string,
  databaseUrl: string,
  options: { force?: boolean; hasTables: boolean },
): Promise<void> {
  if (options.hasTables && !options.force)
    throw new BackupError('The target database is not empty; pass --force to replace its objects');
  const args = [
    '--no-owner',
    '--exit-on-error',
    '--dbname',
    databaseUrl,
    ...(options.force ? ['--clean', '--if-exists'] : []),
    file,
  ];
  await new Promise<void>((resolve, reject) => {
    const child = spawn('pg_restore', args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    child.on('error', (err) =>
      reject(
        new BackupError(
          (err as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'pg_restore is not on PATH; install the PostgreSQL client tools'
            : err.message,
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`pg_restore failed (${code}): ${stderr.trim()}`)),
    );
  });
}

export const backupFileName = (format: BackupFormat, now = new Date()) =>
  `inohub-${now.toISOString().slice(0, 16).replace(/[-:T]/g, '')}.${format === 'pglite' ? 'tar.gz' : 'pgdump'}`;
