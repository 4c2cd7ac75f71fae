// The recommendations benchmark (docs/domain/talent.md, "Recommendations"; issue 9, "Speed"):
//   tsx bench/talent-recommendations/run.ts [--profiles N] [--postings N] [--samples 200] [--seed 42]
// On embedded PGlite (in memory) by default, 100,000 profiles and 10,000 postings; with DATABASE_URL
// on that PostgreSQL server (a fresh database, dropped afterwards), 1,000,000 and 100,000.
// It generates the data in SQL (`INSERT … SELECT generate_series`, deterministic: every "random"
// value is a hash of the row number, the slot and the seed), then times, for random students and
// random open postings, the same code the routes run (service.ts: source row, candidate generation,
// scoring, the shown rows), top 20, beside a baseline measured in the same run on the same
// connection: a plain primary-key lookup of the same 20 rows.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { runMigrations } from '../../apps/server/src/lib/db/migrate.ts';
import type { AppDatabase } from '../../apps/server/src/lib/db/open.ts';
import { openPglite } from '../../apps/server/src/lib/db/pglite.ts';
import { openPostgres } from '../../apps/server/src/lib/db/postgres.ts';
import * as repo from '../../apps/server/src/modules/talent/recommendations/repo.ts';
import {
  candidatesForPosting,
  type Deps,
  opportunitiesForProfile,
  todayInTomsk,
} from '../../apps/server/src/modules/talent/recommendations/service.ts';

const serverUrl = process.env.DATABASE_URL;
const engine = serverUrl ? 'postgres' : 'pglite';
const { values } = parseArgs({
  options: {
    profiles: { type: 'string', default: serverUrl ? '1000000' : '100000' },
    postings: { type: 'string', default: serverUrl ? '100000' : '10000' },
    samples: { type: 'string', default: '200' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'boolean', default: false },
  },
});
const N_PROFILES = Number(values.profiles);
const N_POSTINGS = Number(values.postings);
const SAMPLES = Number(values.samples);
const SEED = Number(values.seed);
const TOP = 20;
const GOAL_P95_MS = engine === 'postgres' ? 50 : 150;

// ── generator parameters (printed)
const SKILLS = 300;
const UNIVERSITIES = 6;
const COMPANIES = 2000;
const P = {
  skillsPerProfile: [3, 10] as const,
  requiredPerPosting: [2, 7] as const,
  nicePerPosting: [0, 3] as const,
  visibility: { public: 0.5, recruiters: 0.3, hidden: 0.2 },
  graduates: 0.4,
  prefersRegion: 0.55,
  openToRelocation: 0.3,
  openToRemote: 0.5,
  employersApproved: 0.85,
  postingStatus: { published: 0.8, draft: 0.1, closed: 0.1 },
  internships: 0.4,
  deadlineDays: [-30, 120] as const,
  profileCities: [
    ['Томск', 0.68],
    ['Северск', 0.05],
    ['Новосибирск', 0.08],
    ['Кемерово', 0.05],
    ['Красноярск', 0.05],
    ['Омск', 0.04],
    ['Москва', 0.05],
  ] as Array<[string, number]>,
  postingCities: [
    ['Томск', 0.6],
    ['Северск', 0.05],
    ['Новосибирск', 0.1],
    ['Москва', 0.1],
    ['Санкт-Петербург', 0.05],
    [null, 0.1],
  ] as Array<[string | null, number]>,
};

// Words in several inflections, so that Russian stemming has work to do; picked Zipf-like too.
const WORDS_RU =
  'разработчик разработчика разработка аналитик аналитика данные данных данными инженер инженера программист программирование студент магистрант машинное обучение обучения нейронные сети сетей радиотехника радиотехники электроника электроники физика химия биотехнологии экономика маркетинг дизайн интерфейсов тестирование тестировщик системы систем управления безопасность информационная информационной базы баз облачные мобильные приложения приложений робототехника геология нефть газ медицина лаборант исследователь исследования проекты проектов стажировка практика команда командой алгоритмы алгоритмов микроконтроллеры схемотехника производство технолог'.split(
    ' ',
  );
const WORDS_EN =
  'developer engineer analyst data machine learning research design testing cloud mobile security embedded robotics backend frontend python java web systems intern junior product'.split(
    ' ',
  );
const PROGRAMS = [
  'Программная инженерия',
  'Прикладная информатика',
  'Информатика и вычислительная техника',
  'Радиотехника',
  'Инфокоммуникационные технологии и системы связи',
  'Электроника и наноэлектроника',
  'Информационная безопасность',
  'Химическая технология',
  'Физика',
  'Прикладная математика',
  'Биотехнология',
  'Нефтегазовое дело',
  'Экономика',
  'Менеджмент',
  'Дизайн',
  'Лечебное дело',
  'Геология',
  'Материаловедение',
  'Мехатроника и робототехника',
  'Бизнес-информатика',
];

const fmt = (n: number) => n.toLocaleString('en-US');
const ms = (x: number) => `${x.toFixed(2)} ms`;
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** A fresh database: in-memory PGlite, or a new database on the given server. */
async function open(): Promise<{ database: AppDatabase; drop: () => Promise<void> }> {
  if (!serverUrl) {
    const database = await openPglite({});
    return { database, drop: () => database.close() };
  }
  const name = `inohub_bench_rec_${process.pid}`;
  const admin = await openPostgres(serverUrl, 1);
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 10);
  return {
    database,
    drop: async () => {
      await database.close();
      if (!values.keep) await admin.query(`drop database if exists ${name} with (force)`);
      else console.log(`kept database ${name}`);
      await admin.close();
    },
  };
}

/** SQL for a value chosen from weighted options by the uniform `u` (a SQL expression). */
function pick<T extends string | null>(options: Array<[T, number]>, u: string): string {
  let acc = 0;
  const arms = options.map(([v, w]) => {
    acc += w;
    return `when ${u} < ${acc.toFixed(4)} then ${v === null ? 'null' : `'${v}'`}`;
  });
  return `(case ${arms.join(' ')} else ${options.at(-1)?.[0] == null ? 'null' : `'${options.at(-1)?.[0]}'`} end)`;
}

/** Zipf-like (log-uniform, s ≈ 1) index 1..n from the uniform `u`: P(r) ∝ ln((r+1)/r) ≈ 1/r. */
const zipf = (n: number, u: string) => `least(${n}, floor(power(${n + 1}, ${u}))::int)`;

/** `count` Zipf-distributed distinct skill codes for row `g`, slots from `slot`. */
const skillArray = (min: number, max: number, slot: number) =>
  `array(select distinct 'sk' || lpad(${zipf(SKILLS, `bench_u(g, ${slot} + k)`)}::text, 3, '0')
     from generate_series(1, ${min} + floor(bench_u(g, ${slot}) * ${max - min + 1})::int) k)`;

/** `min..max` Zipf-picked words of the array parameter `$param` (`n` words) for row `g`. */
const words = (param: string, n: number, min: number, max: number, slot: number) =>
  `array_to_string(array(select (${param}::text[])[${zipf(n, `bench_u(g, ${slot} + k)`)}]
     from generate_series(1, ${min} + floor(bench_u(g, ${slot}) * ${max - min + 1})::int) k), ' ')`;

async function generate(database: AppDatabase, seed: number) {
  const q = database.query.bind(database) as repo.Query;
  const t0 = performance.now();
  // A deterministic uniform in [0, 1) per (row, slot, seed).
  await q(`create or replace function bench_u(bigint, int) returns float8 language sql immutable parallel safe as
    $$ select (('x' || substr(md5($1::text || '.' || $2::text || '.${seed}'), 1, 8))::bit(32)::bigint) / 4294967296.0 $$`);
  await q(`insert into talent_skills (code, name_ru, name_en, category)
    select 'sk' || lpad(g::text, 3, '0'), 'Навык ' || g, 'Skill ' || g, 'programming' from generate_series(1, ${SKILLS}) g`);
  await q(`insert into organizations (kind, name, name_en, legal_form, city)
    select 'university', 'Университет ' || g, 'University ' || g, 'state_institution', 'Томск' from generate_series(1, ${UNIVERSITIES}) g`);
  await q(`insert into organizations (kind, name, name_en, legal_form, city)
    select 'company', 'ООО «Компания ' || g || '»', 'Company ' || g, 'ooo', 'Томск' from generate_series(1, ${COMPANIES}) g`);
  await q(`insert into talent_employers (organization_id, status, decided_at)
    select id, case when bench_u(hashtext(id::text), 1) < ${P.employersApproved} then 'approved' else 'pending' end, now()
    from organizations where kind = 'company'`);
  const idsOf = async (kind: string) =>
    (await q<{ id: string }>(`select id from organizations where kind = $1 order by id`, [kind])).map(
      (r) => r.id,
    );
  const universities = await idsOf('university');
  const companies = await idsOf('company');
  // Bulk loads go faster without the GIN indexes; they are rebuilt after, as in the migration.
  const gin = [
    ['talent_profiles_skills_idx', 'talent_profiles', 'skills'],
    ['talent_profiles_search_idx', 'talent_profiles', 'search_vector'],
    ['talent_opportunities_skills_idx', 'talent_opportunities', 'required_skills'],
    ['talent_opportunities_search_idx', 'talent_opportunities', 'search_vector'],
  ];
  for (const [name] of gin) await q(`drop index if exists ${name}`);

  const chunk = engine === 'postgres' ? 100_000 : 25_000;
  const { public: pub, recruiters } = P.visibility;
  for (let from = 1; from <= N_PROFILES; from += chunk) {
    const to = Math.min(N_PROFILES, from + chunk - 1);
    await q(
      `insert into talent_profiles (full_name, university_id, program, status, graduation_year, city, headline, about,
         skills, prefers_region, open_to_relocation, open_to_remote, visibility, source)
       select 'Студент ' || g,
         ($4::uuid[])[1 + floor(bench_u(g, 2) * ${UNIVERSITIES})::int],
         ($1::text[])[1 + floor(bench_u(g, 3) * ${PROGRAMS.length})::int],
         case when bench_u(g, 4) < ${P.graduates} then 'graduate' else 'student' end,
         2015 + floor(bench_u(g, 5) * 15)::int,
         ${pick(P.profileCities, 'bench_u(g, 6)')},
         ${words('$2', WORDS_RU.length, 2, 4, 100)} || ' ' || ${words('$3', WORDS_EN.length, 0, 2, 120)},
         ${words('$2', WORDS_RU.length, 6, 14, 140)},
         ${skillArray(P.skillsPerProfile[0], P.skillsPerProfile[1], 200)},
         bench_u(g, 7) < ${P.prefersRegion}, bench_u(g, 8) < ${P.openToRelocation}, bench_u(g, 9) < ${P.openToRemote},
         case when bench_u(g, 10) < ${pub} then 'public' when bench_u(g, 10) < ${pub + recruiters} then 'recruiters' else 'hidden' end,
         'import'
       from generate_series(${from}, ${to}) g`,
      [PROGRAMS, WORDS_RU, WORDS_EN, universities],
    );
    process.stdout.write(
      `\r  profiles ${fmt(to)} / ${fmt(N_PROFILES)}  (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
    );
  }
  process.stdout.write('\n');
  const { published, draft } = P.postingStatus;
  for (let from = 1; from <= N_POSTINGS; from += chunk) {
    const to = Math.min(N_POSTINGS, from + chunk - 1);
    await q(
      `insert into talent_opportunities (organization_id, kind, title_ru, title_en, description_ru, required_skills,
         nice_skills, city, remote, deadline, status, published_at, positions)
       select ($3::uuid[])[1 + floor(bench_u(g, 2) * ${COMPANIES})::int],
         case when bench_u(g, 3) < ${P.internships} then 'internship' else 'job' end,
         ${words('$1', WORDS_RU.length, 1, 3, 100)},
         case when bench_u(g, 4) < 0.5 then ${words('$2', WORDS_EN.length, 1, 3, 120)} end,
         ${words('$1', WORDS_RU.length, 10, 25, 140)},
         ${skillArray(P.requiredPerPosting[0], P.requiredPerPosting[1], 200)},
         case when bench_u(g, 5) < 0.25 then '{}'::text[] else ${skillArray(1, P.nicePerPosting[1], 300)} end,
         c.city, c.city is null or bench_u(g, 6) < 0.1,
         current_date + (${P.deadlineDays[0]} + floor(bench_u(g, 7) * ${P.deadlineDays[1] - P.deadlineDays[0] + 1}))::int,
         s.status, case when s.status <> 'draft' then now() end, 1
       from generate_series(${from}, ${to}) g,
         lateral (select ${pick(P.postingCities, 'bench_u(g, 8)')} as city) c,
         lateral (select case when bench_u(g, 9) < ${published} then 'published'
                    when bench_u(g, 9) < ${published + draft} then 'draft' else 'closed' end as status) s`,
      [WORDS_RU, WORDS_EN, companies],
    );
    process.stdout.write(
      `\r  postings ${fmt(to)} / ${fmt(N_POSTINGS)}  (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
    );
  }
  process.stdout.write('\n');
  const tLoad = performance.now();
  for (const [name, table, column] of gin) await q(`create index ${name} on ${table} using gin (${column})`);
  await q('analyze');
  const tIndex = performance.now();
  const [share] = await q<{ top: number; tenth: number; visible: number }>(
    `select avg((skills @> '{sk001}')::int)::float8 as top, avg((skills @> '{sk010}')::int)::float8 as tenth,
       avg((visibility <> 'hidden')::int)::float8 as visible from talent_profiles`,
  );
  console.log(
    `  measured: most common skill in ${(100 * (share?.top ?? 0)).toFixed(1)} % of profiles, 10th in ${(100 * (share?.tenth ?? 0)).toFixed(1)} %, visible ${(100 * (share?.visible ?? 0)).toFixed(1)} %`,
  );
  console.log(
    `  loaded in ${((tLoad - t0) / 1000).toFixed(1)} s, GIN indexes and ANALYZE in ${((tIndex - tLoad) / 1000).toFixed(1)} s`,
  );
}

interface Timing {
  rec: number[];
  base: number[];
  shown: number[];
}

async function measure(
  label: string,
  sampleIds: string[],
  recommend: (id: string) => Promise<string[]>,
  lookup: (ids: string[]) => Promise<unknown>,
): Promise<Timing> {
  // Warm-up on a few samples (plans, caches), not counted.
  for (const id of sampleIds.slice(0, 10)) await lookup(await recommend(id));
  const out: Timing = { rec: [], base: [], shown: [] };
  for (const id of sampleIds) {
    const a = performance.now();
    const shown = await recommend(id);
    const b = performance.now();
    await lookup(shown);
    const c = performance.now();
    out.rec.push(b - a);
    out.base.push(c - b);
    out.shown.push(shown.length);
  }
  const r = [...out.rec].sort((x, y) => x - y);
  const bl = [...out.base].sort((x, y) => x - y);
  const p95 = pct(r, 95);
  const mean = out.shown.reduce((s, x) => s + x, 0) / out.shown.length;
  console.log(`\n${label} (${sampleIds.length} samples, mean ${mean.toFixed(1)} shown of ${TOP})`);
  console.log(
    `  recommendations  p50 ${ms(pct(r, 50))}  p95 ${ms(p95)}  p99 ${ms(pct(r, 99))}  max ${ms(r.at(-1) ?? 0)}`,
  );
  console.log(`  baseline (PK)    p50 ${ms(pct(bl, 50))}  p95 ${ms(pct(bl, 95))}  p99 ${ms(pct(bl, 99))}`);
  console.log(
    `  ratio p95/p95 baseline ${(p95 / pct(bl, 95)).toFixed(1)}×   goal p95 ≤ ${GOAL_P95_MS} ms: ${p95 <= GOAL_P95_MS ? 'met' : 'NOT MET'}`,
  );
  return out;
}

async function main() {
  console.log(`talent recommendations benchmark on ${engine}`);
  console.log(
    `  profiles ${fmt(N_PROFILES)}, postings ${fmt(N_POSTINGS)}, seed ${SEED}, samples ${SAMPLES} + ${SAMPLES}, top ${TOP}`,
  );
  console.log(
    `  skills: ${SKILLS} codes, Zipf-like popularity (log-uniform rank, P(r) ∝ ln((r+1)/r) ≈ 1/r); ${P.skillsPerProfile.join('–')} per profile, ${P.requiredPerPosting.join('–')} required and ${P.nicePerPosting.join('–')} nice per posting`,
  );
  console.log(
    `  visibility public ${P.visibility.public * 100} % / recruiters-only ${P.visibility.recruiters * 100} % / hidden ${P.visibility.hidden * 100} % (visible to an approved employer: ${(P.visibility.public + P.visibility.recruiters) * 100} %)`,
  );
  console.log(
    `  profile cities ${P.profileCities.map(([c, w]) => `${c} ${w * 100}%`).join(', ')}; prefers region ${P.prefersRegion * 100} %, relocation ${P.openToRelocation * 100} %, remote ${P.openToRemote * 100} %`,
  );
  console.log(
    `  posting cities ${P.postingCities.map(([c, w]) => `${c ?? 'remote'} ${w * 100}%`).join(', ')}; published ${P.postingStatus.published * 100} %, deadline today${P.deadlineDays[0]}…+${P.deadlineDays[1]} days, ${COMPANIES} companies of which ${P.employersApproved * 100} % approved employers, ${UNIVERSITIES} universities`,
  );
  console.log(
    `  text: headlines 2–4 Russian + 0–2 English words, about 6–14 words, titles 1–3 words, descriptions 10–25 words, Zipf-picked from ${WORDS_RU.length} + ${WORDS_EN.length} word forms`,
  );
  const { database, drop } = await open();
  try {
    await runMigrations(database);
    await generate(database, SEED);
    const q = database.query.bind(database) as repo.Query;
    // BENCH_TRACE=1: total time per kind of query (its first words), to see where the time goes.
    const trace = new Map<string, { n: number; ms: number }>();
    const traced: repo.Query = async (text, params) => {
      const a = performance.now();
      try {
        return await q(text, params);
      } finally {
        const key = text.replace(/\s+/g, ' ').slice(0, 110);
        const e = trace.get(key) ?? { n: 0, ms: 0 };
        e.n += 1;
        e.ms += performance.now() - a;
        trace.set(key, e);
      }
    };
    const deps: Deps = { q: process.env.BENCH_TRACE ? (traced as repo.Query) : q, db: database.db };
    const today = todayInTomsk();
    // Random samples: students with skills, and open postings of approved employers.
    await q(`select setseed(${(SEED % 1000) / 1000})`);
    const students = (
      await q<{ id: string }>(
        `select id from talent_profiles where status = 'student' and cardinality(skills) > 0
           order by md5(id::text || '${SEED}') limit ${SAMPLES}`,
      )
    ).map((r) => r.id);
    const postings = (
      await q<{ id: string }>(
        `select o.id from talent_opportunities o join talent_employers e on e.organization_id = o.organization_id
          where o.status = 'published' and o.deadline >= $1::date and e.status = 'approved'
          order by md5(o.id::text || '${SEED}') limit ${SAMPLES}`,
        [today],
      )
    ).map((r) => r.id);

    const scope: repo.CandidateScope = { visibilities: ['public', 'recruiters'], ownUniversities: [] };
    await measure(
      'opportunities for a student',
      students,
      async (id) => {
        const profile = await repo.profileById(q, id);
        if (!profile) throw new Error(`no profile ${id}`);
        const res = await opportunitiesForProfile(deps, profile, { limit: TOP, today });
        return res.items.map((i) => i.opportunity.id);
      },
      (ids) => q('select * from talent_opportunities where id = any($1::uuid[])', [ids]),
    );
    await measure(
      'candidates for a posting (approved employer)',
      postings,
      async (id) => {
        const posting = await repo.postingById(q, id);
        if (!posting) throw new Error(`no posting ${id}`);
        const res = await candidatesForPosting(deps, posting, scope, { limit: TOP });
        return res.items.map((i) => i.profile.id);
      },
      (ids) => q('select * from talent_profiles where id = any($1::uuid[])', [ids]),
    );
    if (process.env.BENCH_TRACE) {
      console.log('\nquery trace (count, mean ms):');
      for (const [k, v] of [...trace].sort((a, b) => b[1].ms - a[1].ms)) {
        console.log(`  ${String(v.n).padStart(5)} ${(v.ms / v.n).toFixed(2).padStart(8)}  ${k}`);
      }
    }
    // How big the scored candidate sets were (untimed).
    const sizes = { students: [] as number[], postings: [] as number[] };
    for (const id of students.slice(0, 50)) {
      const p = await repo.profileById(q, id);
      if (p) sizes.students.push((await repo.scoredPostings(q, p, today)).length);
    }
    for (const id of postings.slice(0, 50)) {
      const p = await repo.postingById(q, id);
      if (p) sizes.postings.push((await repo.scoredProfiles(q, p, scope)).length);
    }
    const avg = (xs: number[]) => (xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length)).toFixed(0);
    console.log(
      `\ncandidates scored per request (first 50 samples): postings for a student mean ${avg(sizes.students)} (max ${Math.max(...sizes.students)}), profiles for a posting mean ${avg(sizes.postings)} (max ${Math.max(...sizes.postings)})`,
    );
  } finally {
    await drop();
  }
}

await main();
