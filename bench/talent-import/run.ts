// The import benchmark: `tsx bench/talent-import/run.ts [--rows 10000] [--clients 4] [--baseline 5]`.
// Starts Inohub (bench/talent-import/server.ts: createServer on a fresh PGlite data directory, no demo)
// in its own process, signs in as a career-office user, and then:
//   1. baseline: `--clients` concurrent loops hammer GET /api/health and GET /api/talent/skills for
//      `--baseline` seconds and record each request's latency;
//   2. import: the same loops keep going while one client POSTs the generated 10,000-row CSV to
//      /api/talent/imports (all rows new), and again the same file with changed programmes (all rows
//      updated); each import's wall time is measured from the client.
// It prints the import times, and p50/p99 of the concurrent requests before and during the imports
// with their ratio, and the generator's parameters. Figures only: nothing here passes or fails.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GENERATOR, profilesCsv } from './generate.ts';

const root = path.join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: String(GENERATOR.rows) },
    clients: { type: 'string', default: '4' },
    baseline: { type: 'string', default: '5' },
  },
});
const rows = Number(values.rows);
const clients = Number(values.clients);
const baselineSeconds = Number(values.baseline);
const GOAL_SECONDS = 10;

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

function startServer(env: Record<string, string>): {
  child: ChildProcess;
  ready: Promise<Record<string, string>>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'server.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const ready = new Promise<Record<string, string>>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /bench-ready (\{.*\})/.exec(out);
      if (m?.[1]) resolve(JSON.parse(m[1]));
    });
    child.stderr?.on('data', (d: Buffer) => {
      if (err.length < 50_000) err += d.toString();
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}\n${err}`)));
  });
  return { child, ready };
}

interface Sample {
  url: string;
  at: number;
  ms: number;
  status: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN);

function summary(samples: Sample[]) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  return { n: ms.length, p50: percentile(ms, 50), p99: percentile(ms, 99), max: ms.at(-1) ?? Number.NaN };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-import-bench-'));
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const server = startServer({
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    INOHUB_DEMO: 'false',
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0002',
    SIGNIN_RATE_LIMIT: '1000',
  });
  try {
    const info = await server.ready;
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ email: info.email, password: info.password }),
    });
    const cookie =
      (signIn.headers.getSetCookie().find((c) => c.startsWith('inohub.session_token=')) ?? '').split(
        ';',
      )[0] ?? '';
    if (!signIn.ok || !cookie) throw new Error(`sign-in failed: ${signIn.status}`);

    const urls = [`${base}/api/health`, `${base}/api/talent/skills`];
    const samples: Sample[] = [];
    let running = true;
    const loop = async (k: number) => {
      let i = k;
      while (running) {
        const url = urls[i++ % urls.length] as string;
        const at = performance.now();
        const res = await fetch(url);
        await res.arrayBuffer();
        samples.push({ url, at, ms: performance.now() - at, status: res.status });
      }
    };
    const t0 = performance.now();
    const hammer = Array.from({ length: clients }, (_, k) => loop(k));
    await new Promise((r) => setTimeout(r, baselineSeconds * 1000));

    const generated = performance.now();
    const files = [profilesCsv(rows, GENERATOR.seed, 1), profilesCsv(rows, GENERATOR.seed, 2)];
    const generateMs = performance.now() - generated;
    const windows: Array<{ label: string; from: number; to: number; status: number; body: string }> = [];
    for (const [i, file] of files.entries()) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(file)], { type: 'text/csv' }), 'students.csv');
      const from = performance.now();
      const res = await fetch(`${base}/api/talent/imports?universityId=${info.universityId}&kind=profiles`, {
        method: 'POST',
        headers: { cookie, origin: base },
        body: form,
      });
      const body = await res.text();
      windows.push({
        label: i === 0 ? 'import (10k new)' : 're-import (10k updates)',
        from,
        to: performance.now(),
        status: res.status,
        body,
      });
      await new Promise((r) => setTimeout(r, 500));
    }
    running = false;
    await Promise.all(hammer);

    const before = samples.filter((s) => s.at >= t0 + 1000 && s.at < generated);
    const bad = samples.filter((s) => s.status !== 200).length;
    console.log('\nTalent import benchmark (PGlite, one Inohub process; load generator in another)');
    console.log(
      `  generator: ${rows} profile rows, seed ${GENERATOR.seed}, ${Math.round(GENERATOR.emailShare * 100)} % with an address, 0–${GENERATOR.maxSkills} skills by Russian name, 8 programmes, 6 faculties, 4 degrees; CSV ${(files[0]?.length ?? 0) / 1e6} MB, UTF-8, ';'; generated in ${generateMs.toFixed(0)} ms`,
    );
    console.log(
      `  concurrent load: ${clients} client loops alternating GET /api/health and GET /api/talent/skills; non-200 answers: ${bad}`,
    );
    for (const w of windows) {
      const view = w.status === 201 ? JSON.parse(w.body) : null;
      const seconds = (w.to - w.from) / 1000;
      console.log(
        `\n  ${w.label}: HTTP ${w.status}, ${seconds.toFixed(2)} s (goal < ${GOAL_SECONDS} s: ${seconds < GOAL_SECONDS ? 'met' : 'NOT met'})` +
          (view ? `, created ${view.rowsCreated}, updated ${view.rowsUpdated}` : `: ${w.body.slice(0, 300)}`),
      );
      const during = samples.filter((s) => s.at >= w.from && s.at < w.to);
      for (const url of urls) {
        const b = summary(before.filter((s) => s.url === url));
        const d = summary(during.filter((s) => s.url === url));
        const name = url.replace(base, '');
        console.log(
          `    ${name.padEnd(20)} before: n=${b.n} p50 ${b.p50.toFixed(1)} ms p99 ${b.p99.toFixed(1)} ms | during: n=${d.n} p50 ${d.p50.toFixed(1)} ms p99 ${d.p99.toFixed(1)} ms max ${d.max.toFixed(0)} ms | ratio p50 ×${(d.p50 / b.p50).toFixed(1)} p99 ×${(d.p99 / b.p99).toFixed(1)}`,
        );
      }
    }
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
