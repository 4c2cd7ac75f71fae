#!/usr/bin/env node
// Browser tests: build the web app if needed, start the server on a fresh data directory with the demo
// on a free port, run Playwright (Debian's Chromium), stop the server, exit with Playwright's status.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!fs.existsSync(path.join(root, 'apps/web/dist/index.html'))) {
  const build = spawnSync('npm', ['run', 'build', '-w', '@inohub/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = await new Promise((resolve) => {
  const srv = net.createServer();
  srv.listen(0, '127.0.0.1', () => {
    const p = srv.address().port;
    srv.close(() => resolve(p));
  });
});
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-e2e-'));
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/server/src/main.ts')], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PUBLIC_URL: baseUrl,
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
    SIGNIN_RATE_LIMIT: '200',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let out = '';
server.stdout.on('data', (d) => {
  out += d;
});

const deadline = Date.now() + 180_000;
let ready = false;
while (Date.now() < deadline && server.exitCode === null) {
  try {
    if ((await fetch(`${baseUrl}/api/ready`)).ok && out.includes('Inohub is running')) {
      ready = true;
      break;
    }
  } catch {
    // starting
  }
  await new Promise((r) => setTimeout(r, 500));
}
let status = 1;
if (!ready) {
  console.error(`server did not start:\n${out}`);
} else {
  const res = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: baseUrl },
  });
  status = res.status ?? 1;
}
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(status);
