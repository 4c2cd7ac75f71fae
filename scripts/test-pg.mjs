#!/usr/bin/env node
// Runs the integration suite against a real PostgreSQL: starts a private cluster on a free port
// in a temporary directory (as the postgres user when we are root, since initdb refuses root),
// sets TEST_DATABASE_URL, runs vitest, and removes the cluster whatever happens.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const bin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
if (!fs.existsSync(path.join(bin, 'initdb'))) {
  console.error(`PostgreSQL binaries not found in ${bin} (apt-get install postgresql, or set PG_BIN)`);
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

const isRoot = process.getuid?.() === 0;
const asPg = (cmd, args) => (isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
const run = (cmd, args, opts = {}) => {
  const [c, a] = asPg(cmd, args);
  return spawnSync(c, a, { stdio: 'inherit', ...opts });
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-pg-'));
if (isRoot) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
fs.chmodSync(dir, 0o755);
const dataDir = path.join(dir, 'data');
const port = await freePort();
let status = 1;
try {
  if (
    run(
      path.join(bin, 'initdb'),
      ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'],
      { stdio: 'ignore' },
    ).status !== 0
  ) {
    throw new Error('initdb failed');
  }
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`;
  if (
    run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start'])
      .status !== 0
  ) {
    throw new Error(`pg_ctl start failed:\n${fs.readFileSync(path.join(dir, 'log'), 'utf8')}`);
  }
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  console.log(`PostgreSQL ${bin.split('/').at(-2)} on port ${port}`);
  const args = ['vitest', 'run', '--project', 'integration', ...process.argv.slice(2)];
  const res = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: url } });
  status = res.status ?? 1;
} catch (err) {
  console.error(err.message);
} finally {
  run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop'], { stdio: 'ignore' });
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
