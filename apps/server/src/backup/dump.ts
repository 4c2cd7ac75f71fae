import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import { acquireDataDirLock } from '../lib/db/datadir-lock.ts';
import type { AppDatabase } from '../lib/db/open.ts';
import { openPglite, type PgliteDatabase } from '../lib/db/pglite.ts';

/**
 * A backup is one file, a plain tar that standard tools open (`tar tf`), holding:
 * - `inohub-backup.json`, the manifest (which database format, when, how many uploaded files);
 * - the database in the native format of its mode: `database.tar.gz` (PGlite's `dumpDataDir('gzip')`)
 *   or `database.pgdump` (`pg_dump --format=custom`, restored with `pg_restore`);
 * - `files/`, the uploaded documents, photos and plans of DATA_DIR/files, which the database refers to.
 * A bare database dump (the format before the archive) is still restored.
 */
export type BackupFormat = 'pglite' | 'pg_dump';
export type BackupKind = 'archive' | BackupFormat;

export class BackupError extends Error {}

export interface BackupManifest {
  inohubBackup: 1;
  database: BackupFormat;
  createdAt: string;
  files: number;
}

const MANIFEST = 'inohub-backup.json';
const DATABASE_ENTRY: Record<BackupFormat, string> = {
  pglite: 'database.tar.gz',
  pg_dump: 'database.pgdump',
};

/** "ustar" at 257 → our archive; gzip magic (1f 8b) → a bare PGlite dump; "PGDMP" → a bare pg_dump archive. */
export function detectFormat(head: Buffer): BackupKind | null {
  if (head.length >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar') return 'archive';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg_dump';
  return null;
}

const listUploads = (dir: string): { files: number; bytes: number } => {
  if (!fs.existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(d.parentPath, d.name)).size;
  }
  return { files, bytes };
};
const countFiles = (dir: string): number => listUploads(dir).files;

/** What a backup in progress reports (the CLI prints it; large uploads take a while to archive). */
export type BackupProgress =
  | { phase: 'database'; bytes: number | null }
  | { phase: 'files'; done: number; total: number; bytes: number; totalBytes: number };

/** At most one `files` report per interval, plus the last one. */
const PROGRESS_EVERY_MS = 250;

/**
 * Writes the backup archive to `out`: the database (a dump in memory, or a dump stream written
 * straight to disk) and the uploaded files of `filesDir`. Readable by the owner only.
 */
export async function writeBackupArchive(
  out: string,
  input: {
    format: BackupFormat;
    database: Buffer | Readable;
    filesDir: string;
    onProgress?: (p: BackupProgress) => void;
  },
): Promise<BackupManifest> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-backup-'));
  const report = input.onProgress ?? (() => undefined);
  try {
    const dbEntry = DATABASE_ENTRY[input.format];
    if (Buffer.isBuffer(input.database)) fs.writeFileSync(path.join(staging, dbEntry), input.database);
    else await pipeline(input.database, fs.createWriteStream(path.join(staging, dbEntry)));
    report({ phase: 'database', bytes: fs.statSync(path.join(staging, dbEntry)).size });
    const uploads = listUploads(input.filesDir);
    const files = uploads.files;
    // A link to the live directory, followed while archiving: no copy of the uploads on disk.
    if (files > 0) fs.symlinkSync(path.resolve(input.filesDir), path.join(staging, 'files'), 'dir');
    const manifest: BackupManifest = {
      inohubBackup: 1,
      database: input.format,
      createdAt: new Date().toISOString(),
      files,
    };
    fs.writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    let done = 0;
    let bytes = 0;
    let last = 0;
    const filesReport = () =>
      report({ phase: 'files', done, total: files, bytes, totalBytes: uploads.bytes });
    await tar.create(
      {
        file: out,
        cwd: staging,
        follow: true,
        portable: true,
        // Called once per entry as it is queued: counts the uploads for the progress report.
        filter: (entryPath, stat) => {
          if (files > 0 && entryPath.startsWith('files/') && 'isFile' in stat && stat.isFile()) {
            done++;
            bytes += stat.size;
            const now = Date.now();
            if (now - last >= PROGRESS_EVERY_MS) {
              last = now;
              filesReport();
            }
          }
          return true;
        },
      },
      [MANIFEST, dbEntry, ...(files > 0 ? ['files'] : [])],
    );
    if (files > 0) filesReport();
    fs.chmodSync(out, 0o600);
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Where a backup is taken from: the open embedded database or DATABASE_URL, and DATA_DIR/files. */
export type BackupSource = { filesDir: string } & ({ database: PgliteDatabase } | { databaseUrl: string });

/**
 * Takes a backup of a running system into `out`: the one code path of POST /api/admin/backup and of
 * the CLI's local channel (backup/channel.ts). PGlite: a consistent dump through the open database;
 * PostgreSQL: pg_dump streamed into the archive.
 */
export async function takeBackup(
  source: BackupSource,
  out: string,
  onProgress?: (p: BackupProgress) => void,
): Promise<BackupManifest> {
  onProgress?.({ phase: 'database', bytes: null });
  if ('database' in source) {
    return writeBackupArchive(out, {
      format: 'pglite',
      database: await dumpPglite(source.database),
      filesDir: source.filesDir,
      onProgress,
    });
  }
  const dump = pgDumpStream(source.databaseUrl);
  const [manifest] = await Promise.all([
    writeBackupArchive(out, {
      format: 'pg_dump',
      database: dump.stdout,
      filesDir: source.filesDir,
      onProgress,
    }),
    dump.done,
  ]);
  return manifest;
}

export interface OpenedArchive {
  manifest: BackupManifest;
  databaseFile: string;
  filesDir: string | null;
  dispose(): void;
}

/** Unpacks an archive into a temporary directory and checks its manifest. */
export async function openBackupArchive(file: string): Promise<OpenedArchive> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-restore-'));
  const dispose = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    await tar.extract({ file, cwd: dir, strict: true });
    const manifestPath = path.join(dir, MANIFEST);
    if (!fs.existsSync(manifestPath)) throw new BackupError(`${file} is a tar file but not an Inohub backup`);
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as BackupManifest;
    if (manifest.inohubBackup !== 1 || !(manifest.database in DATABASE_ENTRY))
      throw new BackupError(`${file}: unknown backup version or database format`);
    const databaseFile = path.join(dir, DATABASE_ENTRY[manifest.database]);
    if (!fs.existsSync(databaseFile)) throw new BackupError(`${file} holds no database dump`);
    const filesDir = fs.existsSync(path.join(dir, 'files')) ? path.join(dir, 'files') : null;
    return { manifest, databaseFile, filesDir, dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}

/** Puts the uploaded files of a backup into `<dataDir>/files`, replacing what is there only with `force`. */
export function restoreFiles(from: string, dataDir: string, options: { force?: boolean } = {}): number {
  const target = path.join(dataDir, 'files');
  if (countFiles(target) > 0 && !options.force)
    throw new BackupError(`${target} is not empty; pass --force to replace the uploaded files`);
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(from, target, { recursive: true });
  return countFiles(target);
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

export const backupFileName = (now = new Date()) =>
  `inohub-${now.toISOString().slice(0, 16).replace(/[-:T]/g, '')}.tar`;
