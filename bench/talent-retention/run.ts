// The retention dashboard benchmark (issue 9, "Speed": the dashboard for all universities on
// 1,000,000 profiles on PostgreSQL in ≤ 1 s).
//
//   tsx bench/talent-retention/run.ts                      embedded PGlite, 100,000 profiles
//   DATABASE_URL=postgres://… tsx bench/talent-retention/run.ts   PostgreSQL, 1,000,000 profiles
//   tsx bench/talent-retention/run.ts --pg                 starts a private PostgreSQL cluster (as scripts/test-pg.mjs)
//   options: --profiles N  --repeat N
//
// It generates the data in SQL (parameters printed), then times, taking turns in the same run, the
// full dashboard (`retentionView`: both grouped passes, the filters' choices, the names) and a
// baseline: a plain count(*) of the same graduates' outcome rows joined to their profiles.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { runMigrations } from '../../apps/server/src/lib/db/migrate.ts';
import type { AppDatabase } from '../../apps/server/src/lib/db/open.ts';
import { openPglite } from '../../apps/server/src/lib/db/pglite.ts';
import { openPostgres } from '../../apps/server/src/lib/db/postgres.ts';
import type { TalentPorts } from '../../apps/server/src/modules/talent/ports.ts';
import { retentionCounts } from '../../apps/server/src/modules/talent/retention/query.ts';
import { retentionView } from '../../apps/server/src/modules/talent/retention/service.ts';

const { values } = parseArgs({
  options: {
    profiles: { type: 'string' },
    repeat: { type: 'string', default: '7' },
    pg: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
  },
});

// ── a private PostgreSQL cluster when asked (--pg), removed whatever happens
const cluster: { stop: (() => void) | null } = { stop: null };
async function privateCluster(): Promise<string> {
  const bin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
  const isRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    isRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'ignore' })
      : spawnSync(cmd, args, { stdio: 'ignore' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-bench-pg-'));
  if (isRoot) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
  fs.chmodSync(dir, 0o755);
  const data = path.join(dir, 'data');
  const port = await new Promise<number>((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
  if (
    run(path.join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]).status !== 0
  )
    throw new Error('initdb failed');
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c shared_buffers=1GB -c work_mem=64MB`;
  if (
    run(path.join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start'])
      .status !== 0
  )
    throw new Error('pg_ctl start failed');
  cluster.stop = () => {
    run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return `postgresql://postgres@127.0.0.1:${port}/postgres`;
}

const url = values.pg ? await privateCluster() : process.env.DATABASE_URL;
const database: AppDatabase = url ? await openPostgres(url, 4) : await openPglite({});
const engine = url ? 'PostgreSQL' : 'PGlite (embedded)';
const profiles = Number(values.profiles ?? (url ? 1_000_000 : 100_000));
const repeat = Math.max(1, Number(values.repeat));

// ── generator parameters
const COHORTS = { from: 2015, to: 2025 };
const GRADUATE_SHARE = 0.8;
/** Observation months after graduation, each with its probability: 0.8 + 0.5 + 0.3 = 1.6 per graduate. */
const OBSERVATIONS = [
  { month: 3, p: 0.8 },
  { month: 11, p: 0.5 },
  { month: 30, p: 0.3 },
];
const EMPLOYED_SHARE = 0.75;
/** Tomsk 2015 cohort (unitomsk.ru): 66.5 / 13.8 / 12.3 (6.0 capitals + 6.3 rest) / 5.8 / 1.3 %, of 99.7. */
const BUCKETS: Array<[string, string, string, number]> = [
  ['tomsk', 'RU', 'RU-TOM', 66.5],
  ['siberia', 'RU', 'RU-NVS', 13.8],
  ['moscow_spb', 'RU', 'RU-MOW', 6.0],
  ['other_russia', 'RU', 'RU-TA', 6.3],
  ['cis', 'KZ', '', 5.8],
  ['abroad', 'DE', '', 1.3],
];
const UNIVERSITIES: Array<[string, number]> = [
  ['Томский государственный университет', 33],
  ['Томский политехнический университет', 31],
  ['ТУСУР', 17],
  ['СибГМУ', 8],
  ['ТГАСУ', 6],
  ['ТГПУ', 5],
];
const PROGRAMS = 40;
const HUB_INTERNSHIP_SHARE = 0.02;
const ZONE_EMPLOYER_SHARE = 0.1;

const q = (text: string, params: unknown[] = []) => database.query(text, params);

/** A threshold chain over r ∈ [0, 1): CASE picking `labels[i]` by cumulative weights. */
function pickByWeight(r: string, labels: string[], weights: number[]): string {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  const whens = labels.slice(0, -1).map((label, i) => {
    acc += (weights[i] as number) / total;
    return `when ${r} < ${acc.toFixed(6)} then ${label}`;
  });
  return `case ${whens.join(' ')} else ${labels.at(-1)} end`;
}

async function generate() {
  const started = performance.now();
  await runMigrations(database);
  const uniIds: string[] = [];
  for (const [name] of UNIVERSITIES) {
    const rows = await q(`insert into organizations (kind, name) values ('university', $1) returning id`, [
      name,
    ]);
    uniIds.push(String(rows[0]?.id));
  }
  const employers: string[] = [];
  for (const name of ['Резидент 1', 'Резидент 2', 'Не резидент']) {
    const rows = await q(`insert into organizations (kind, name) values ('company', $1) returning id`, [
      name,
    ]);
    employers.push(String(rows[0]?.id));
  }
  const uniCase = pickByWeight(
    'r',
    uniIds.map((id) => `'${id}'::uuid`),
    UNIVERSITIES.map(([, w]) => w),
  );
  const cohorts = COHORTS.to - COHORTS.from + 1;
  // In batches, so that PGlite's memory stays bounded.
  const batch = 100_000;
  for (let start = 1; start <= profiles; start += batch) {
    const end = Math.min(profiles, start + batch - 1);
    await q(`insert into talent_profiles (full_name, university_id, program, graduation_year, status, source, visibility)
      select 'Выпускник ' || i, ${uniCase}, 'Программа ' || (1 + floor(random() * ${PROGRAMS}))::int,
        ${COHORTS.from} + floor(random() * ${cohorts})::int,
        case when random() < ${GRADUATE_SHARE} then 'graduate' else 'student' end, 'import', 'hidden'
      from (select i, random() as r from generate_series(${start}, ${end}) i) s`);
  }
  const bucketCase = (col: number) =>
    pickByWeight(
      'rb',
      BUCKETS.map((b) => (b[col] === '' ? 'null' : `'${b[col]}'`)),
      BUCKETS.map((b) => b[3]),
    );
  const statusCase = `case when rs < ${EMPLOYED_SHARE} then (case when rs < ${EMPLOYED_SHARE * 0.9} then 'employed' else 'self_employed' end)
    when rs < ${EMPLOYED_SHARE + 0.15} then 'further_study' when rs < ${EMPLOYED_SHARE + 0.2} then 'military' else 'unemployed' end`;
  for (const { month, p } of OBSERVATIONS) {
    await q(`insert into talent_outcomes (profile_id, status, geo_bucket, country, region_code, employer_organization_id, observed_on, source)
      select id, st, case when st in ('employed','self_employed') then gb end,
        case when st in ('employed','self_employed') then co else 'RU' end,
        case when st in ('employed','self_employed') then rc end,
        case when st in ('employed','self_employed') and random() < ${ZONE_EMPLOYER_SHARE}
          then (array['${employers.join("'::uuid,'")}'::uuid])[1 + floor(random() * 3)::int] end,
        d, 'university_import'
      from (
        select p.id, ${statusCase} as st, ${bucketCase(0)} as gb, ${bucketCase(1)} as co, ${bucketCase(2)} as rc,
          (make_date(p.graduation_year, 7, 1) + interval '${month} months' + (floor(random() * 28)::int * interval '1 day'))::date as d
        from (select id, graduation_year, random() as rs, random() as rb from talent_profiles where status = 'graduate') p
        where random() < ${p}
      ) x
      where d <= current_date`);
  }
  const opp = await q(
    `insert into talent_opportunities (organization_id, kind, title_ru, deadline) values ($1, 'internship', 'Стажировка', '2015-06-01') returning id`,
    [employers[0]],
  );
  await q(
    `insert into talent_applications (opportunity_id, profile_id, stage)
     select $1, id, 'hired' from talent_profiles where status = 'graduate' and random() < ${HUB_INTERNSHIP_SHARE}`,
    [opp[0]?.id],
  );
  await q('analyze');
  const [counts] = await q(`select
      (select count(*) from talent_profiles)::int as profiles,
      (select count(*) from talent_profiles where status = 'graduate')::int as graduates,
      (select count(*) from talent_outcomes)::int as outcomes,
      (select count(*) from talent_applications)::int as hub`);
  return { seconds: (performance.now() - started) / 1000, counts, zone: new Set(employers.slice(0, 2)) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

try {
  console.log(`engine: ${engine}`);
  console.log(
    `generator: ${profiles.toLocaleString('en-US')} profiles, ${GRADUATE_SHARE * 100} % graduates, cohorts ${COHORTS.from}–${COHORTS.to}, ` +
      `${UNIVERSITIES.length} universities (weights ${UNIVERSITIES.map(([, w]) => w).join('/')}), ${PROGRAMS} programmes; ` +
      `outcomes per graduate ${OBSERVATIONS.reduce((s, o) => s + o.p, 0)} expected (at ${OBSERVATIONS.map((o) => `${o.month} mo p=${o.p}`).join(', ')}; future dates dropped); ` +
      `${EMPLOYED_SHARE * 100} % employed; buckets ${BUCKETS.map((b) => `${b[0]} ${b[3]}`).join(', ')} (Tomsk 2015); ` +
      `${HUB_INTERNSHIP_SHARE * 100} % hired through a hub internship; ${ZONE_EMPLOYER_SHARE * 100} % of jobs at a directory employer (2 of 3 residents)`,
  );
  const gen = await generate();
  console.log(`generated in ${gen.seconds.toFixed(1)} s:`, gen.counts);
  const ports: TalentPorts = { zoneResidentOrganizationIds: async () => gen.zone };
  const baselineSql = `select count(*)::int as n from talent_outcomes o join talent_profiles p on p.id = o.profile_id where p.status = 'graduate'`;

  const timings: Record<string, number[]> = {
    baseline: [],
    university: [],
    program: [],
    cohort: [],
    participation: [],
  };
  let last: Awaited<ReturnType<typeof retentionView>> | null = null;
  for (let i = 0; i <= repeat; i++) {
    // Turns: baseline, then each grouping; the first round warms the caches and is not counted.
    const t0 = performance.now();
    await q(baselineSql);
    const t1 = performance.now();
    if (i > 0) timings.baseline?.push(t1 - t0);
    for (const by of ['university', 'program', 'cohort', 'participation'] as const) {
      const s = performance.now();
      const view = await retentionView(database.db, ports, { by });
      if (i > 0) timings[by]?.push(performance.now() - s);
      if (by === 'university') last = view;
    }
  }
  if (values.explain) {
    // The plans of the two grouped passes, as run (--explain).
    const captured: Array<{ sql: string; params: unknown[] }> = [];
    const recorder = {
      execute: async (query: SQL) => {
        captured.push(new PgDialect().sqlToQuery(query));
        return { rows: [] };
      },
    } as unknown as Parameters<typeof retentionCounts>[0];
    await retentionCounts(recorder, { by: 'university' }, gen.zone, new Date().toISOString().slice(0, 10));
    for (const c of captured) {
      const plan = await q(`explain (analyze, buffers) ${c.sql}`, c.params);
      console.log(plan.map((r) => r['QUERY PLAN']).join('\n'), '\n');
    }
  }
  const base = median(timings.baseline ?? []);
  console.log(`\nmedian of ${repeat} runs (ms), ratio to the baseline count(*):`);
  for (const [name, xs] of Object.entries(timings)) {
    const m = median(xs);
    console.log(
      `  ${name.padEnd(14)} median ${m.toFixed(0).padStart(6)}  max ${Math.max(...xs)
        .toFixed(0)
        .padStart(6)}  ×${(m / base).toFixed(2)}`,
    );
  }
  const uni = median(timings.university ?? []);
  console.log(
    `\ndashboard, all universities: ${uni.toFixed(0)} ms (target ≤ 1000 ms on PostgreSQL at 1,000,000 profiles): ${uni <= 1000 ? 'met' : 'NOT met'}`,
  );
  if (last) {
    console.log(
      'total:',
      last.total
        .map(
          (c) =>
            `${c.horizon} mo ${c.share === null ? '—' : `${(c.share * 100).toFixed(1)} %`} of ${c.employed}`,
        )
        .join('; '),
    );
    console.log(
      'outflow at 12 months:',
      last.outflow
        .map((s) => `${s.bucket} ${s.share === null ? '—' : `${(s.share * 100).toFixed(1)} %`}`)
        .join(', '),
    );
  }
} finally {
  await database.close();
  cluster.stop?.();
}
