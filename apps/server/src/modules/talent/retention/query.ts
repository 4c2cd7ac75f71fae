import { GEO_BUCKETS, type GeoBucket } from '@inohub/contracts/talent/enums';
import { HORIZONS, type RETENTION_GROUPINGS } from '@inohub/contracts/talent/retention';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import {
  type Counts,
  EMPLOYED_STATUSES,
  HOME_BUCKET,
  type HorizonCounts,
  STALE_AFTER_MONTHS,
} from './formulas.ts';

// The retention figures computed in the database, in two grouped passes (docs/domain/talent.md,
// "Retention"): one over graduates (how many have reached each horizon) and one over their outcome
// records, where a window function gives each record the date of the next one, so that "the
// outcome in force at graduation + h months" is a condition on the row and not a lookup per
// graduate. Each pass groups by the requested rows, by cohort (the trend) and overall at once
// (GROUPING SETS). The rules are the same as formulas.ts; the tests compare both.

export type Grouping = (typeof RETENTION_GROUPINGS)[number];

export interface RetentionFilter {
  by: Grouping;
  universityId?: string | undefined;
  program?: string | undefined;
  cohortFrom?: number | undefined;
  cohortTo?: number | undefined;
}

export type Participation = 'hub_internship' | 'zone_resident_job' | 'none';

export interface RetentionCounts {
  rows: Map<string, HorizonCounts>;
  total: HorizonCounts;
  /** Counts at 12 months per cohort. */
  trend: Map<number, Counts>;
  outflow: Record<GeoBucket, number>;
  participation: Record<Participation, HorizonCounts>;
}

const rowsOf = (result: unknown): Record<string, unknown>[] =>
  Array.isArray(result) ? result : ((result as { rows: Record<string, unknown>[] }).rows ?? []);

const num = (v: unknown) => Number(v ?? 0);
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

function keyOf(by: Grouping): SQL {
  switch (by) {
    case 'university':
      return sql`coalesce(p.university_id::text, '')`;
    case 'program':
      return sql`coalesce(p.program, '')`;
    case 'cohort':
      return sql`p.graduation_year::text`;
    case 'participation':
      return sql`''::text`;
  }
}

/**
 * The date horizon `h` looks at (graduation on 1 July + h months) and the oldest observation that
 * may still describe it (12 months before), as integer date arithmetic on the cohort year: cheaper
 * than interval arithmetic per row, and exact since every such date is the 1st of a month.
 */
function horizonDates(h: number): { target: SQL; staleBefore: SQL } {
  const months = 6 + h; // months from 1 January of the cohort year
  const dy = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const years = STALE_AFTER_MONTHS / 12;
  return {
    target: sql.raw(`make_date(p.graduation_year + ${dy}, ${month}, 1)`),
    staleBefore: sql.raw(`make_date(p.graduation_year + ${dy - years}, ${month}, 1)`),
  };
}

const col = (name: string, h: number) => sql.raw(`${name}${h}`);

function graduatesCte(f: RetentionFilter, today: string): SQL {
  const first = horizonDates(HORIZONS[0]);
  const where: SQL[] = [
    sql`p.status = 'graduate'`,
    sql`p.graduation_year is not null`,
    // Not even the first horizon reached: nothing to count yet.
    sql`${first.target} <= ${today}::date`,
  ];
  if (f.universityId) where.push(sql`p.university_id = ${f.universityId}::uuid`);
  if (f.program) where.push(sql`p.program = ${f.program}`);
  if (f.cohortFrom !== undefined) where.push(sql`p.graduation_year >= ${f.cohortFrom}`);
  if (f.cohortTo !== undefined) where.push(sql`p.graduation_year <= ${f.cohortTo}`);
  const dates = HORIZONS.map((h) => {
    const d = horizonDates(h);
    return sql`${d.target} as ${col('t', h)}, ${d.staleBefore} as ${col('s', h)}, ${d.target} <= ${today}::date as ${col('r', h)}`;
  });
  return sql`g as (
    select p.id, ${keyOf(f.by)} as k, p.graduation_year as cohort, ${sql.join(dates, sql`, `)},
      p.id in (
        select a.profile_id from talent_applications a
        join talent_opportunities op on op.id = a.opportunity_id
        where a.stage = 'hired' and op.kind = 'internship'
      ) as hub
    from talent_profiles p
    where ${sql.join(where, sql` and `)}
  )`;
}

export async function retentionCounts(
  db: Db,
  f: RetentionFilter,
  zoneResidents: ReadonlySet<string>,
  today: string,
): Promise<RetentionCounts> {
  const g = graduatesCte(f, today);

  const graduatesSql = sql`with ${g}
    select grouping(k) as gk, grouping(cohort) as gc, k, cohort,
      ${sql.join(
        HORIZONS.map(
          (h) => sql`count(*) filter (where ${col('r', h)})::int as ${col('g', h)},
            count(*) filter (where ${col('r', h)} and hub)::int as ${col('hg', h)}`,
        ),
        sql`, `,
      )}
    from g
    group by grouping sets ((k), (cohort), ())`;

  const zoneArray = `{${[...zoneResidents].join(',')}}`;
  const employed = sql`o.status in (${inList(EMPLOYED_STATUSES)}) and o.geo_bucket is not null`;
  // In force at h: observed on or before the date, the next record (if any) after it, and not stale.
  const inForce = (h: number) =>
    sql`(${col('r', h)} and observed_on <= ${col('t', h)} and (next_on is null or next_on > ${col('t', h)})
      and observed_on >= ${col('s', h)})`;
  const agg = (name: string, cond: SQL) => sql`count(*) filter (where ${cond})::int as ${sql.raw(name)}`;
  const perHorizon: SQL[] = [];
  for (const h of HORIZONS) {
    const i = sql.raw(`i${h}`);
    perHorizon.push(
      agg(`e${h}`, sql`${i} and emp`),
      agg(`t${h}`, sql`${i} and emp and home`),
      agg(`he${h}`, sql`${i} and emp and hub`),
      agg(`ht${h}`, sql`${i} and emp and home and hub`),
      agg(`zg${h}`, sql`${i} and zone`),
      agg(`ze${h}`, sql`${i} and emp and zone`),
      agg(`zt${h}`, sql`${i} and emp and home and zone`),
      agg(`zn${h}`, sql`${i} and zone and not hub`),
      agg(`ne${h}`, sql`${i} and emp and not hub and not zone`),
      agg(`nt${h}`, sql`${i} and emp and home and not hub and not zone`),
    );
  }
  for (const b of GEO_BUCKETS) perHorizon.push(agg(`b_${b}`, sql`i12 and emp and bucket = ${b}`));

  const outcomesSql = sql`with ${g},
    o as (
      select g.*, o.observed_on, o.geo_bucket as bucket,
        coalesce(o.employer_organization_id = any(${zoneArray}::uuid[]), false) as zone,
        (${employed}) as emp,
        coalesce(o.geo_bucket = ${HOME_BUCKET}, false) as home,
        lead(o.observed_on) over (partition by o.profile_id order by o.observed_on, o.created_at, o.id) as next_on
      from talent_outcomes o join g on g.id = o.profile_id
    )
    select grouping(k) as gk, grouping(cohort) as gc, k, cohort, ${sql.join(perHorizon, sql`, `)}
    from (
      select k, cohort, hub, bucket, zone, emp, home,
        ${sql.join(
          HORIZONS.map((h) => sql`${inForce(h)} as i${sql.raw(String(h))}`),
          sql`, `,
        )}
      from o
    ) x
    where i6 or i12 or i36
    group by grouping sets ((k), (cohort), ())`;

  const [graduateRows, outcomeRows] = [
    rowsOf(await db.execute(graduatesSql)),
    rowsOf(await db.execute(outcomesSql)),
  ];

  const blank = (): HorizonCounts =>
    Object.fromEntries(HORIZONS.map((h) => [h, { graduates: 0, employed: 0, inRegion: 0 }]));
  const result: RetentionCounts = {
    rows: new Map(),
    total: blank(),
    trend: new Map(),
    outflow: Object.fromEntries(GEO_BUCKETS.map((b) => [b, 0])) as Record<GeoBucket, number>,
    participation: { hub_internship: blank(), zone_resident_job: blank(), none: blank() },
  };
  const slot = (row: Record<string, unknown>): HorizonCounts | 'trend' | null => {
    const gk = num(row.gk);
    const gc = num(row.gc);
    if (gk === 1 && gc === 1) return result.total;
    if (gk === 0) {
      if (f.by === 'participation') return null;
      const k = String(row.k ?? '');
      let counts = result.rows.get(k);
      if (!counts) {
        counts = blank();
        result.rows.set(k, counts);
      }
      return counts;
    }
    return 'trend';
  };
  const trendOf = (row: Record<string, unknown>) => {
    const cohort = num(row.cohort);
    let c = result.trend.get(cohort);
    if (!c) {
      c = { graduates: 0, employed: 0, inRegion: 0 };
      result.trend.set(cohort, c);
    }
    return c;
  };

  for (const row of graduateRows) {
    const s = slot(row);
    if (s === null) continue;
    if (s === 'trend') {
      trendOf(row).graduates = num(row.g12);
      continue;
    }
    for (const h of HORIZONS) (s[h] as Counts).graduates = num(row[`g${h}`]);
    if (s === result.total) {
      for (const h of HORIZONS) {
        const all = num(row[`g${h}`]);
        const hub = num(row[`hg${h}`]);
        (result.participation.hub_internship[h] as Counts).graduates = hub;
        (result.participation.none[h] as Counts).graduates = all - hub;
      }
    }
  }
  for (const row of outcomeRows) {
    const s = slot(row);
    if (s === null) continue;
    if (s === 'trend') {
      const c = trendOf(row);
      c.employed = num(row.e12);
      c.inRegion = num(row.t12);
      continue;
    }
    for (const h of HORIZONS) {
      const c = s[h] as Counts;
      c.employed = num(row[`e${h}`]);
      c.inRegion = num(row[`t${h}`]);
    }
    if (s !== result.total) continue;
    for (const b of GEO_BUCKETS) result.outflow[b] = num(row[`b_${b}`]);
    for (const h of HORIZONS) {
      const p = result.participation;
      const hub = p.hub_internship[h] as Counts;
      hub.employed = num(row[`he${h}`]);
      hub.inRegion = num(row[`ht${h}`]);
      const zone = p.zone_resident_job[h] as Counts;
      zone.graduates = num(row[`zg${h}`]);
      zone.employed = num(row[`ze${h}`]);
      zone.inRegion = num(row[`zt${h}`]);
      const none = p.none[h] as Counts;
      // Without a hub internship, less those whose outcome then was at a zone resident.
      none.graduates -= num(row[`zn${h}`]);
      none.employed = num(row[`ne${h}`]);
      none.inRegion = num(row[`nt${h}`]);
    }
  }
  return result;
}

/** The filters' choices: universities with graduates, and cohort years (all, whatever the filter). */
export async function retentionChoices(db: Db): Promise<{ universityIds: string[]; cohorts: number[] }> {
  const rows = rowsOf(
    await db.execute(sql`select university_id, graduation_year from talent_profiles
      where status = 'graduate' and graduation_year is not null group by 1, 2`),
  );
  const universityIds = new Set<string>();
  const cohorts = new Set<number>();
  for (const r of rows) {
    if (r.university_id) universityIds.add(String(r.university_id));
    cohorts.add(num(r.graduation_year));
  }
  return { universityIds: [...universityIds], cohorts: [...cohorts].sort((a, b) => a - b) };
}
