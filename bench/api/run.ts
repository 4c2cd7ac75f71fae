// The API benchmark: `tsx bench/api/run.ts [--db pglite,postgres] [--duration 10] [--connections 20]`.
// For each database engine it starts Inohub (`node --import tsx apps/server/src/main.ts`, as `npm start`
// does) on a fresh temporary data directory with the demo, signs in as a demo account, and measures with
// autocannon on loopback: signed-in GET /api/me, an anonymous GET /api/directory/organizations/:id and
// the directory search ?q=томск. Then it starts the floor (bench/api/floor.ts: a bare Fastify route doing
// the same session lookup on the same engine and the same data) and measures it with the same cookie.
// It prints req/s, p99 and each request's ratio to the floor. PostgreSQL runs on a private cluster in a
// temporary directory (as scripts/test-pg.mjs does) and is skipped when its binaries are missing.
// BENCH_NODE_ARGS adds Node flags to the Inohub process (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = path.join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'pglite,postgres' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '20' },
  },
});
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const SECRET = 'bench-secret-bench-secret-bench-secret-0001';
const GOAL = { me: 0.5, record: 0.5, search: 0.25, p99: 50 };

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

/** Starts a process and resolves once a line of its stdout matches `ready`; returns everything printed so far. */
function start(args: string[], env: Record<string, string>, ready: RegExp) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const up = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`timed out starting ${args.join(' ')}\n${err}`)),
      180_000,
    );
    child.stdout?.on('data', (d: Buffer) => {
      // Keep draining (the server logs every request) but only remember the start-up banner.
      if (out.length < 100_000) out += d.toString();
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.stderr?.on('data', (d: Buffer) => {
      if (err.length < 100_000) err += d.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}\n${err}`));
    });
  });
  return { child, up };
}

function stop(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Figure {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function measure(url: string, headers: Record<string, string> = {}): Promise<Figure> {
  if (warmup > 0) await autocannon({ url, connections, duration: warmup, headers });
  const r = await autocannon({ url, connections, duration, headers });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

async function signIn(base: string, banner: string, password: string): Promise<string> {
  // The banner lists the demo logins ("    role   email"); any of them will do.
  const email = banner.match(/^\s{4}\S+\s+(\S+@\S+)\s*$/m)?.[1];
  if (!email) throw new Error(`no demo login in the banner:\n${banner}`);
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password }),
  });
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('inohub.session_token='));
  if (!res.ok || !setCookie) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return setCookie.split(';')[0] ?? '';
}

interface EngineResult {
  engine: string;
  floor: Figure;
  me: Figure;
  record: Figure;
  search: Figure;
}

async function runEngine(engine: 'pglite' | 'postgres', databaseUrl?: string): Promise<EngineResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-bench-'));
  try {
    const port = await freePort();
    const base = `http://localhost:${port}`;
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SESSION_SECRET: SECRET,
      NODE_ENV: 'development',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    };
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const inohub = start(
      [...nodeArgs, '--import', 'tsx', path.join(root, 'apps/server/src/main.ts')],
      env,
      /Inohub is running[\s\S]*\n\n/,
    );
    const banner = await inohub.up;
    const password = banner.match(/password for all: ([^)]+)\)/)?.[1] ?? 'inohub-demo-2026';
    let me: Figure;
    let record: Figure;
    let search: Figure;
    let cookie: string;
    try {
      cookie = await signIn(base, banner, password);
      const list = await (await fetch(`${base}/api/directory/organizations?pageSize=1`)).json();
      const id = (list as { items: Array<{ id: string }> }).items[0]?.id;
      if (!id) throw new Error('the demo has no organization');
      const check = await fetch(`${base}/api/me`, { headers: { cookie } });
      if (check.status !== 200) throw new Error(`GET /api/me answered ${check.status}`);
      console.log(
        `  ${engine}: Inohub up on ${base}, measuring (${duration} s each, ${connections} connections)`,
      );
      me = await measure(`${base}/api/me`, { cookie });
      record = await measure(`${base}/api/directory/organizations/${id}`);
      search = await measure(`${base}/api/directory/organizations?q=${encodeURIComponent('томск')}`);
    } finally {
      await stop(inohub.child);
    }
    // The floor opens the same data (the embedded database's directory is free once Inohub has stopped).
    const floorPort = await freePort();
    const floor = start(
      ['--import', 'tsx', path.join(root, 'bench/api/floor.ts')],
      { ...env, FLOOR_PORT: String(floorPort) },
      /floor ready/,
    );
    await floor.up;
    let floorFigure: Figure;
    try {
      const check = await fetch(`http://127.0.0.1:${floorPort}/me`, { headers: { cookie } });
      if (check.status !== 200) throw new Error(`floor /me answered ${check.status}`);
      floorFigure = await measure(`http://127.0.0.1:${floorPort}/me`, { cookie });
    } finally {
      await stop(floor.child);
    }
    return { engine, floor: floorFigure, me, record, search };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A private PostgreSQL cluster in a temporary directory, as scripts/test-pg.mjs starts it. */
async function withPostgres<T>(work: (url: string) => Promise<T>): Promise<T | null> {
  const bin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
  if (!fs.existsSync(path.join(bin, 'initdb'))) {
    console.log(`  postgres: skipped (no PostgreSQL binaries in ${bin})`);
    return null;
  }
  const isRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    isRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'ignore' })
      : spawnSync(cmd, args, { stdio: 'ignore' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-bench-pg-'));
  if (isRoot) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
  fs.chmodSync(dir, 0o755);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  try {
    const init = run(path.join(bin, 'initdb'), [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    if (init.status !== 0) throw new Error('initdb failed');
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`;
    const started = run(path.join(bin, 'pg_ctl'), [
      '-D',
      dataDir,
      '-o',
      opts,
      '-l',
      path.join(dir, 'log'),
      '-w',
      'start',
    ]);
    if (started.status !== 0) throw new Error('pg_ctl start failed');
    return await work(`postgresql://postgres@127.0.0.1:${port}/postgres`);
  } finally {
    run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop']);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(8);
function report(r: EngineResult) {
  const rows: Array<[string, Figure, number | null]> = [
    ['floor: bare Fastify + session lookup', r.floor, null],
    ['GET /api/me (signed in)', r.me, GOAL.me],
    ['GET /api/directory/organizations/:id', r.record, GOAL.record],
    ['GET /api/directory/organizations?q=томск', r.search, GOAL.search],
  ];
  console.log(`\n${r.engine}`);
  console.log(`${'request'.padEnd(42)}   req/s   p50 ms   p99 ms  × floor  goal`);
  for (const [name, f, goal] of rows) {
    const ratio = f.rps / r.floor.rps;
    const bad = f.non2xx + f.errors > 0 ? `  (${f.non2xx} non-2xx, ${f.errors} errors)` : '';
    const verdict =
      goal === null
        ? ''
        : `  ≥ ${goal}×${goal === GOAL.search ? '' : `, p99 < ${GOAL.p99}`}: ${
            ratio >= goal && (goal === GOAL.search || f.p99 < GOAL.p99) ? 'met' : 'NOT met'
          }`;
    console.log(
      `${name.padEnd(42)}${fmt(f.rps)} ${fmt(f.p50)} ${fmt(f.p99)} ${goal === null ? '        ' : fmt(ratio, 2)}${verdict}${bad}`,
    );
  }
}

const engines = values.db.split(',').map((s) => s.trim());
const load = os.loadavg().map((l) => l.toFixed(2));
console.log(
  `API benchmark — ${new Date().toISOString()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load ${load.join(' ')}`,
);
const results: EngineResult[] = [];
if (engines.includes('pglite')) results.push(await runEngine('pglite'));
if (engines.includes('postgres')) {
  const r = await withPostgres((url) => runEngine('postgres', url));
  if (r) results.push(r);
}
for (const r of results) report(r);
console.log(
  `\nload after: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
fs.mkdirSync(path.join(root, 'bench', '.out'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'bench', '.out', 'api-results.json'),
  JSON.stringify({ date: new Date().toISOString(), load, results }, null, 2),
);
