import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectFormat } from '../../backup/dump.ts';
import { verifyBackupArchive } from '../../backup/verify.ts';
import { parseEnv } from '../../config/env.ts';
import { acquireDataDirLock } from '../../lib/db/datadir-lock.ts';
import { openPglite } from '../../lib/db/pglite.ts';
import { openPostgres } from '../../lib/db/postgres.ts';
import { loadDemo } from '../../seed/demo.ts';
import { rowCounts } from '../../testing/row-counts.ts';
import { createTestApp, loginAs, type TestApp } from '../../testing/test-app.ts';
import { type BackupEvent, runBackup } from './backup.ts';
import { registerOpsCommands } from './index.ts';
import { runRestore } from './restore.ts';
import { runSeed } from './seed.ts';
import { runUserCreate } from './user-create.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-cli-'));
const envFor = (dir: string) => parseEnv({ NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' });
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Relative paths of the files under a directory, sorted. */
const listFiles = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
        .sort()
    : [];

describe('--help', () => {
  it('describes every command and its options', () => {
    const program = new Command('inohub');
    registerOpsCommands(program);
    const find = (name: string) => program.commands.find((c) => c.name() === name) as Command;
    const user = find('user');
    const help: Array<[Command, string[]]> = [
      [find('seed'), ['empty']],
      [
        user.commands.find((c) => c.name() === 'create') as Command,
        ['--email', '--name', '--role', '--password'],
      ],
      [find('backup'), ['--out', 'while the server runs', 'inohub.sock', '--no-verify', '--quiet']],
      [find('restore'), ['--from', '--data-dir', '--force']],
    ];
    for (const [cmd, words] of help) {
      const text = cmd.helpInformation();
      for (const w of words) expect(text, cmd.name()).toContain(w);
    }
  });
});

describe('seed, user create, backup and restore on an embedded data directory', () => {
  const dataDir = path.join(tmp, 'data');
  let before: Record<string, number>;

  beforeAll(async () => {
    const demo = await runSeed(envFor(dataDir), () => undefined);
    expect(demo.logins.map((l) => l.role)).toContain('admin');
  });

  it('refuses to seed a non-empty database', async () => {
    await expect(runSeed(envFor(dataDir), () => undefined)).rejects.toThrow(/already has \d+ users/);
  });

  it('creates a user with a generated password, once', async () => {
    const created = await runUserCreate(envFor(dataDir), {
      email: 'ops@example.org',
      name: 'Оператор',
      role: ['admin'],
    });
    expect(created.generated).toBe(true);
    expect(created.password.length).toBeGreaterThanOrEqual(20);
    await expect(
      runUserCreate(envFor(dataDir), { email: 'ops@example.org', name: 'Again', role: ['admin'] }),
    ).rejects.toThrow(/already exists/);
    await expect(
      runUserCreate(envFor(dataDir), { email: 'x@example.org', name: 'X', role: ['emperor'] }),
    ).rejects.toThrow(/Unknown role/);
    await expect(
      runUserCreate(envFor(dataDir), {
        email: 'y@example.org',
        name: 'Y',
        role: ['student'],
        password: 'short',
      }),
    ).rejects.toThrow(/at least 8/);
  });

  it('refuses to back up while a server holds the data directory, and says what to do', async () => {
    const lock = acquireDataDirLock(dataDir);
    try {
      await expect(runBackup(envFor(dataDir), path.join(tmp, 'never.tar.gz'))).rejects.toThrow(
        /POST .*\/api\/admin\/backup/,
      );
    } finally {
      lock.release();
    }
    expect(fs.existsSync(path.join(tmp, 'never.tar.gz'))).toBe(false);
    expect(fs.existsSync(path.join(tmp, 'never.tar.gz.partial'))).toBe(false);
  });

  it('restores a backup into a copy with equal row counts per table and the same uploaded files', async () => {
    const file = path.join(tmp, 'backup.tar');
    const events: BackupEvent[] = [];
    const result = await runBackup(envFor(dataDir), file, { onProgress: (e) => events.push(e) });
    expect(result).toMatchObject({ format: 'pglite', via: 'direct' });
    expect(result.verified?.databaseCheck).toMatch(/PGlite data directory, \d+ entries/);
    expect(events[0]).toEqual({ phase: 'database', bytes: null });
    expect(events.at(-1)).toMatchObject({ phase: 'files', done: result.files, total: result.files });
    expect(detectFormat(fs.readFileSync(file).subarray(0, 512))).toBe('archive');
    // The demo stores real uploads (application documents); the backup carries them.
    const uploads = listFiles(path.join(dataDir, 'files'));
    expect(uploads.length).toBeGreaterThan(0);
    expect(result.files).toBe(uploads.length);

    const original = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
    before = await rowCounts(original);
    await original.close();
    expect(before.organizations).toBeGreaterThan(80);
    expect(before.users).toBeGreaterThan(200);

    const copyDir = path.join(tmp, 'copy');
    await runRestore({ from: file, dataDir: copyDir });
    const copy = await openPglite({ dataDir: path.join(copyDir, 'pglite') });
    expect(await rowCounts(copy)).toEqual(before);
    await copy.close();
    expect(listFiles(path.join(copyDir, 'files'))).toEqual(uploads);
    for (const f of uploads)
      expect(fs.readFileSync(path.join(copyDir, 'files', f))).toEqual(
        fs.readFileSync(path.join(dataDir, 'files', f)),
      );

    // A non-empty target is refused unless --force.
    await expect(runRestore({ from: file, dataDir: copyDir })).rejects.toThrow(/not empty/);
    await runRestore({ from: file, dataDir: copyDir, force: true });
  });

  it('verification refuses a cut or altered archive', async () => {
    const file = path.join(tmp, 'backup.tar');
    const good = fs.readFileSync(file);
    expect((await verifyBackupArchive(file)).files).toBeGreaterThan(0);
    const cut = path.join(tmp, 'cut.tar');
    fs.writeFileSync(cut, good.subarray(0, Math.floor(good.length / 2)));
    await expect(verifyBackupArchive(cut)).rejects.toThrow(/not a whole tar|does not parse|files/);
    // A manifest that claims more uploaded files than the archive holds.
    const dir = fs.mkdtempSync(path.join(tmp, 'alter-'));
    await tar.extract({ file, cwd: dir });
    const manifestFile = path.join(dir, 'inohub-backup.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, files: manifest.files + 1 }));
    const altered = path.join(tmp, 'altered.tar');
    await tar.create({ file: altered, cwd: dir, portable: true }, fs.readdirSync(dir));
    await expect(verifyBackupArchive(altered)).rejects.toThrow(/manifest says/);
  });

  it('refuses a file that is not a backup', async () => {
    const junk = path.join(tmp, 'junk.bin');
    fs.writeFileSync(junk, 'hello');
    await expect(runRestore({ from: junk, dataDir: path.join(tmp, 'junk') })).rejects.toThrow(/neither/);
  });
});

describe('POST /api/admin/backup on the running system', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it.skipIf(!!process.env.TEST_DATABASE_URL)(
    'lets an admin download a dump that restores to equal row counts, and audits it',
    async () => {
      await loadDemo(t.ctx, () => undefined);
      const admin = await loginAs(t, 'admin');
      const founder = await loginAs(t, 'founder');
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/admin/backup',
            headers: { cookie: founder.cookie },
          })
        ).statusCode,
      ).toBe(403);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/admin/backup',
        headers: { cookie: admin.cookie },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="inohub-\d{12}\.tar"/);
      const file = path.join(tmp, 'live.tar');
      fs.writeFileSync(file, res.rawPayload);
      const live = await rowCounts(t.ctx.database);
      expect(live.audit_log).toBeGreaterThan(0);
      const dir = path.join(tmp, 'live');
      await runRestore({ from: file, dataDir: dir });
      const copy = await openPglite({ dataDir: path.join(dir, 'pglite') });
      expect(await rowCounts(copy)).toEqual(live);
      await copy.close();
      const audit = await t.app.inject({
        url: '/api/admin/audit?action=platform.backup_downloaded',
        headers: { cookie: admin.cookie },
      });
      expect(audit.json().total).toBe(1);
    },
  );
});

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'backup and restore on PostgreSQL (pg_dump, pg_restore)',
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(async () => t?.close());

    it('restores the archive into a new database with equal row counts and the same uploaded files', async () => {
      await loginAs(t, 'admin');
      await loginAs(t, 'founder');
      const stored = await t.ctx.files.save(t.ctx.db, {
        fileName: 'устав.pdf',
        data: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
        allowedTypes: ['pdf'],
        maxBytes: 1024 * 1024,
        ownerModule: 'test',
        ownerId: null,
      });
      expect(stored.id).toBeTruthy();
      const filesDir = path.join(t.ctx.env.DATA_DIR, 'files');
      const uploads = listFiles(filesDir);
      expect(uploads.length).toBe(1);

      const file = path.join(tmp, 'pg.tar');
      const result = await runBackup(t.ctx.env, file);
      expect(result).toMatchObject({ format: 'pg_dump', files: 1 });
      expect(result.verified?.databaseCheck).toMatch(/pg_restore --list, \d+ items/);
      expect(detectFormat(fs.readFileSync(file).subarray(0, 512))).toBe('archive');

      const server = process.env.TEST_DATABASE_URL as string;
      const name = `inohub_restore_${process.pid}`;
      const admin = await openPostgres(server, 1);
      await admin.query(`create database ${name}`);
      const url = new URL(server);
      url.pathname = `/${name}`;
      try {
        const dataDir = path.join(tmp, 'pg-restored');
        const restored = await runRestore({ from: file, databaseUrl: url.toString(), dataDir });
        expect(restored).toMatchObject({ format: 'pg_dump', files: 1 });
        const copy = await openPostgres(url.toString(), 1);
        try {
          expect(await rowCounts(copy)).toEqual(await rowCounts(t.ctx.database));
        } finally {
          await copy.close();
        }
        expect(listFiles(path.join(dataDir, 'files'))).toEqual(uploads);
        // A database with tables is not overwritten without --force.
        await expect(runRestore({ from: file, databaseUrl: url.toString(), dataDir })).rejects.toThrow(
          /not empty/,
        );
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.close();
      }
    });
  },
);
