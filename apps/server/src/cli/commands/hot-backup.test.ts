import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { channelPath } from '../../backup/channel.ts';
import { parseEnv } from '../../config/env.ts';
import { openPglite } from '../../lib/db/pglite.ts';
import { runDueJobs } from '../../lib/jobs/scheduler.ts';
import { moduleJobs } from '../../modules.ts';
import { freePort } from '../../testing/free-port.ts';
import { rowCounts } from '../../testing/row-counts.ts';
import { openCliContext } from '../open-context.ts';
import { runRestore } from './restore.ts';
import { runUserCreate } from './user-create.ts';

/**
 * The hot backup, end to end and across processes: a real server (apps/server/src/main.ts) on a
 * temporary data directory, the real `inohub` command backing it up over the local channel while
 * requests keep arriving, and the archive restored into a new directory with equal row counts.
 * Needs the channel started by createServer (server.ts: startBackupChannel).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const serverMain = path.resolve(here, '../../main.ts');
const cliBin = path.resolve(here, '../../../bin/inohub.mjs');
// A short directory: the socket path must fit in sun_path (about 100 bytes).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ih-hot-'));
const dataDir = path.join(tmp, 'data');

let server: ChildProcess | null = null;
afterAll(() => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  fs.rmSync(tmp, { recursive: true, force: true });
});

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.skipIf(process.platform === 'win32' || !!process.env.TEST_DATABASE_URL)(
  'inohub backup while the embedded server runs',
  () => {
    it('takes the backup through the server, verifies it, and it restores to equal row counts', async () => {
      const port = await freePort();
      const env = {
        ...process.env,
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
      };
      // A small database made here (accounts, an upload; the full demo would double the test's time),
      // and the scheduled jobs of this hour already run, so that the server's own first run (5 s after
      // it starts) finds their ticks taken and changes no table but job_runs (the per-minute mail retry
      // claims a tick there). A full hour would start new ticks: wait it out.
      const toHour = 3_600_000 - (Date.now() % 3_600_000);
      if (toHour < 30_000) await new Promise((r) => setTimeout(r, toHour + 1_000));
      const cliEnv = parseEnv({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
      for (const [i, role] of ['admin', 'founder', 'student'].entries())
        await runUserCreate(cliEnv, { email: `u${i}@example.org`, name: `Пользователь ${i}`, role: [role] });
      const { ctx, opened } = await openCliContext(cliEnv);
      await ctx.files.save(ctx.db, {
        fileName: 'устав.pdf',
        data: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
        allowedTypes: ['pdf'],
        maxBytes: 1024 * 1024,
        ownerModule: 'test',
        ownerId: null,
      });
      await runDueJobs(ctx.db, moduleJobs(ctx));
      await opened.close();

      const spawned = Date.now();
      server = spawn(process.execPath, ['--import', 'tsx', serverMain, '--no-demo'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let serverOut = '';
      server.stdout?.on('data', (d) => (serverOut += String(d)));
      server.stderr?.on('data', (d) => (serverOut += String(d)));
      const base = `http://127.0.0.1:${port}`;
      for (;;) {
        if (server.exitCode !== null) throw new Error(`the server exited: ${serverOut}`);
        if (Date.now() - spawned > 40_000) throw new Error(`the server did not start: ${serverOut}`);
        const up = await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (up && serverOut.includes('Inohub is running')) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const socket = channelPath(dataDir);
      expect((fs.statSync(socket).mode & 0o777).toString(8)).toBe('600');
      expect((fs.statSync(path.dirname(socket)).mode & 0o777).toString(8)).toBe('700');

      // Readers keep the server busy while the CLI backs it up: none of them fails or waits for long.
      let serving = true;
      const statuses: number[] = [];
      let slowest = 0;
      const reader = async () => {
        while (serving) {
          const t0 = Date.now();
          const res = await fetch(`${base}/api/directory/organizations?q=${encodeURIComponent('томск')}`);
          await res.arrayBuffer();
          statuses.push(res.status);
          slowest = Math.max(slowest, Date.now() - t0);
        }
      };
      const readers = [reader(), reader()];
      const out = path.join(tmp, 'nightly.tar');
      const cli = await run(process.execPath, [cliBin, 'backup', '--out', out], env);
      serving = false;
      await Promise.all(readers);

      expect(cli.stderr).toContain('Dumping the database');
      expect(cli.stderr).toMatch(/Receiving the archive: .* \(100 %\)/);
      expect(cli.code, cli.stderr).toBe(0);
      expect(cli.stdout).toMatch(
        /Backup written to .*nightly\.tar \(pglite database, 1 uploaded files, \d+ bytes, taken by the running server\)/,
      );
      expect(cli.stdout).toMatch(
        /Verified: manifest, database dump \(PGlite data directory, \d+ entries\), 1 uploaded files/,
      );
      expect(fs.existsSync(`${out}.partial`)).toBe(false);
      expect((fs.statSync(out).mode & 0o777).toString(8)).toBe('600');
      expect(statuses.length).toBeGreaterThan(0);
      expect(new Set(statuses)).toEqual(new Set([200]));
      expect(slowest).toBeLessThan(15_000);

      // The server stops cleanly and takes its socket with it; the original is then opened directly.
      server.kill('SIGTERM');
      await new Promise((r) => server?.once('exit', r));
      expect(fs.existsSync(socket)).toBe(false);
      const original = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
      const live = await rowCounts(original);
      await original.close();
      expect(live.users).toBe(3);
      expect(live.stored_files).toBe(1);

      const copyDir = path.join(tmp, 'copy');
      const restored = await runRestore({ from: out, dataDir: copyDir });
      expect(restored.format).toBe('pglite');
      const copy = await openPglite({ dataDir: path.join(copyDir, 'pglite') });
      try {
        const { job_runs: copyRuns, ...copied } = await rowCounts(copy);
        const { job_runs: liveRuns, ...kept } = live;
        expect(copied).toEqual(kept);
        expect(copyRuns).toBeLessThanOrEqual(liveRuns as number);
        // The backup audits itself: the row is inside the archive.
        const [audit] = await copy.query<{ n: number }>(
          "select count(*)::int as n from audit_log where action = 'platform.backup_downloaded' and details->>'via' = 'cli'",
        );
        expect(audit?.n).toBe(1);
      } finally {
        await copy.close();
      }
    }, 60_000);
  },
);
