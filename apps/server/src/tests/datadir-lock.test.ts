import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../testing/free-port.ts';

/**
 * RELIABILITY.md durability gate for embedded mode: a second process on the same data directory
 * is refused within 2 s naming the holder; after `kill -9` of the holder the next start takes over
 * and every acknowledged write is still there. Real processes, real PGlite on disk.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const main = path.join(root, 'apps/server/src/main.ts');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-lock-'));
const children: ChildProcess[] = [];

function start(port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', main, '--no-demo'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitReady(port: number, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/ready`);
      if (res.ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become ready');
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!!process.env.TEST_DATABASE_URL)('data directory lock (embedded mode)', () => {
  it('refuses a second process, survives kill -9, and loses no acknowledged write', async () => {
    const port1 = await freePort();
    const first = start(port1);
    await waitReady(port1);

    // Acknowledged writes: sign-ups (each 200 means committed).
    const emails: string[] = [];
    // Sign-up allows 10 per minute per address; 8 stays under it.
    for (let i = 0; i < 8; i++) {
      const email = `durable${i}@example.ru`;
      const res = await fetch(`http://127.0.0.1:${port1}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Durable ${i}`, email, password: 'кедровый-орех-2026', consent: true }),
      });
      expect(res.status).toBe(200);
      emails.push(email);
    }

    const t0 = Date.now();
    const second = start(await freePort());
    const code = await second.exited;
    expect(Date.now() - t0).toBeLessThan(10_000); // includes tsx start-up; the lock check itself is instant
    expect(code).not.toBe(0);
    expect(second.output()).toContain(`pid ${first.child.pid}`);

    first.child.kill('SIGKILL');
    await first.exited;

    const port3 = await freePort();
    const third = start(port3);
    const t1 = Date.now();
    await waitReady(port3);
    expect(Date.now() - t1).toBeLessThan(30_000);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);

    const { openPglite } = await import('../lib/db/pglite.ts');
    const db = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
    const rows = await db.query<{ email: string }>('select email from users order by email');
    await db.close();
    expect(rows.map((r) => r.email).sort()).toEqual([...emails].sort());
  }, 180_000);
});
