import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import { BackupError, type BackupManifest, hasTool } from './dump.ts';

/** What a check of a written archive found: enough for the operator to trust the file. */
export interface VerifiedBackup {
  manifest: BackupManifest;
  /** Size of the database dump inside. */
  databaseBytes: number;
  /** How the dump was checked: its tar (PGlite) or pg_restore --list (pg_dump) read to the end. */
  databaseCheck: string;
  files: number;
}

const MANIFEST = 'inohub-backup.json';

/** Marks a check as handled at once: when the outer archive fails first, its error is the one reported. */
const settled = <T>(p: Promise<T>): Promise<T> => {
  p.catch(() => undefined);
  return p;
};

/**
 * Reads a backup archive once, to the end, without unpacking it to disk: the outer tar must be whole
 * (strict), the manifest known, the database dump must parse (PGlite: the gzip tar of the data
 * directory with its PG_VERSION; pg_dump: the "PGDMP" header and, where pg_restore is installed, its
 * table of contents), and the uploaded files must be as many as the manifest says.
 */
export async function verifyBackupArchive(file: string): Promise<VerifiedBackup> {
  let manifestText = '';
  let files = 0;
  const checks: Array<Promise<{ bytes: number; check: string }>> = [];
  const entries = new Set<string>();
  try {
    await tar.list({
      file,
      strict: true,
      onReadEntry: (entry) => {
        entries.add(entry.path);
        if (entry.path === MANIFEST) entry.on('data', (c: Buffer) => (manifestText += c.toString('utf8')));
        else if (entry.path === 'database.tar.gz') checks.push(settled(checkPgliteDump(entry)));
        else if (entry.path === 'database.pgdump') checks.push(settled(checkPgDump(entry)));
        else if (entry.path.startsWith('files/') && entry.type === 'File') files++;
      },
    });
  } catch (err) {
    throw new BackupError(`${file} is not a whole tar archive: ${(err as Error).message}`);
  }
  if (!manifestText) throw new BackupError(`${file} has no ${MANIFEST}: not an Inohub backup`);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(manifestText) as BackupManifest;
  } catch {
    throw new BackupError(`${file}: ${MANIFEST} is not JSON`);
  }
  if (manifest.inohubBackup !== 1 || !['pglite', 'pg_dump'].includes(manifest.database))
    throw new BackupError(`${file}: unknown backup version or database format`);
  const expected = manifest.database === 'pglite' ? 'database.tar.gz' : 'database.pgdump';
  if (!entries.has(expected) || checks.length !== 1)
    throw new BackupError(`${file} holds no ${expected} (its manifest says ${manifest.database})`);
  const db = await (checks[0] as Promise<{ bytes: number; check: string }>);
  if (files !== manifest.files)
    throw new BackupError(`${file} holds ${files} uploaded files, its manifest says ${manifest.files}`);
  return { manifest, databaseBytes: db.bytes, databaseCheck: db.check, files };
}

/** The PGlite dump is a gzip tar of the PostgreSQL data directory: read it through, count its files. */
function checkPgliteDump(entry: tar.ReadEntry): Promise<{ bytes: number; check: string }> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    let count = 0;
    let version = false;
    const fail = (err: unknown) =>
      reject(new BackupError(`the database dump does not parse: ${(err as Error).message ?? err}`));
    const inner = new tar.Parser({
      strict: true,
      onReadEntry: (e) => {
        count++;
        if (path.basename(e.path) === 'PG_VERSION') version = true;
        e.resume();
      },
    });
    inner.on('error', fail);
    inner.on('end', () => {
      if (!version) fail(new Error('no PG_VERSION in it'));
      else resolve({ bytes, check: `PGlite data directory, ${count} entries` });
    });
    entry.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      inner.write(chunk);
    });
    entry.on('end', () => inner.end());
    entry.on('error', fail);
  });
}

/** The pg_dump custom format starts with "PGDMP"; pg_restore --list reads its table of contents. */
async function checkPgDump(entry: tar.ReadEntry): Promise<{ bytes: number; check: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-verify-'));
  const file = path.join(dir, 'database.pgdump');
  try {
    await pipeline(entry, fs.createWriteStream(file, { mode: 0o600 }));
    const bytes = fs.statSync(file).size;
    const head = Buffer.alloc(5);
    const fd = fs.openSync(file, 'r');
    fs.readSync(fd, head, 0, 5, 0);
    fs.closeSync(fd);
    if (head.toString('latin1') !== 'PGDMP')
      throw new BackupError('the database dump is not a pg_dump custom-format archive');
    if (!hasTool('pg_restore')) return { bytes, check: 'pg_dump header (pg_restore not installed)' };
    const items = await new Promise<number>((resolve, reject) => {
      const child = spawn('pg_restore', ['--list', file], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += String(d)));
      child.stderr.on('data', (d) => (err += String(d)));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0
          ? resolve(out.split('\n').filter((l) => l && !l.startsWith(';')).length)
          : reject(new BackupError(`pg_restore --list failed (${code}): ${err.trim()}`)),
      );
    });
    return { bytes, check: `pg_restore --list, ${items} items` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
