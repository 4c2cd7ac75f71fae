import type { GeoBucket, OutcomeStatus } from '@inohub/contracts/talent/enums';
import { GEO_BUCKETS } from '@inohub/contracts/talent/enums';
import { HORIZONS, MIN_CELL, type RetentionCell } from '@inohub/contracts/talent/retention';

// The retention figures' rules as pure functions (docs/domain/talent.md, "Retention"). The SQL of
// query.ts computes the same thing in the database; `referenceRetention` below is the slow,
// obvious version the tests compare it with.

/** Statuses that count as employed: the federal monitoring counts hired, self-employed and business owners alike. */
export const EMPLOYED_STATUSES: readonly OutcomeStatus[] = ['employed', 'self_employed', 'entrepreneur'];
export const isEmployed = (status: OutcomeStatus) => EMPLOYED_STATUSES.includes(status);

/** The home bucket: working in the Tomsk region. */
export const HOME_BUCKET: GeoBucket = 'tomsk';

/** How old an observation may be and still describe a later date (docs/domain/talent.md, "Retention"). */
export const STALE_AFTER_MONTHS = 12;

/** YYYY-MM-DD plus `months` calendar months (the day of month kept; all our dates are the 1st). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The graduation date of cohort `year`: 1 July. Russian universities hold final examinations in
 * June and issue diplomas by early July; profiles record only the year (docs/domain/talent.md, "Retention").
 */
export const graduationDate = (cohort: number) => `${cohort}-07-01`;

/** The date a horizon looks at: graduation + h months. */
export const horizonDate = (cohort: number, horizon: number) => addMonths(graduationDate(cohort), horizon);

export interface ObservedOutcome {
  id: string;
  status: OutcomeStatus;
  geoBucket: GeoBucket | null;
  employerOrganizationId: string | null;
  observedOn: string;
  createdAt: Date;
}

/**
 * The outcome in force at `target`: the latest observed on or before it (among the same date the
 * last written), provided it was observed no more than 12 months before; otherwise nothing is known.
 */
export function outcomeInForce<T extends ObservedOutcome>(outcomes: readonly T[], target: string): T | null {
  let best: T | null = null;
  for (const o of outcomes) {
    if (o.observedOn > target) continue;
    if (
      !best ||
      o.observedOn > best.observedOn ||
      (o.observedOn === best.observedOn &&
        (o.createdAt.getTime() > best.createdAt.getTime() ||
          (o.createdAt.getTime() === best.createdAt.getTime() && o.id > best.id)))
    )
      best = o;
  }
  if (!best || best.observedOn < addMonths(target, -STALE_AFTER_MONTHS)) return null;
  return best;
}

/** Counted as employed for the share: an employment status with a known place (the bucket). */
export const countsAsEmployed = (o: Pick<ObservedOutcome, 'status' | 'geoBucket'> | null) =>
  !!o && isEmployed(o.status) && o.geoBucket !== null;

export interface Counts {
  graduates: number;
  employed: number;
  inRegion: number;
}

/**
 * A figure as published: the share of the employed working in the region, or nothing when fewer
 * than MIN_CELL people are employed (suppressed, with every count hidden).
 */
export function cellOf(horizon: number, c: Counts): RetentionCell {
  if (c.employed < MIN_CELL)
    return { horizon, graduates: null, employed: null, inRegion: null, share: null, suppressed: true };
  return {
    horizon,
    graduates: c.graduates,
    employed: c.employed,
    inRegion: c.inRegion,
    share: c.inRegion / c.employed,
    suppressed: false,
  };
}

export const hiddenCell = (cell: RetentionCell): RetentionCell => ({
  ...cell,
  graduates: null,
  employed: null,
  inRegion: null,
  share: null,
  suppressed: true,
});

/**
 * Complementary suppression over the cells of one partition (rows that add up to a shown total):
 * when exactly one cell is suppressed, the total minus the others would give it away, so the
 * smallest other shown cell is suppressed too (docs/domain/talent.md, "Retention").
 */
export function suppressComplement<T>(
  items: readonly T[],
  get: (item: T) => { employed: number },
  isSuppressed: (item: T) => boolean,
  totalShown: boolean,
): Set<number> {
  const extra = new Set<number>();
  if (!totalShown) return extra;
  const suppressed = items.filter(isSuppressed).length;
  if (suppressed !== 1) return extra;
  let pick = -1;
  items.forEach((item, i) => {
    if (isSuppressed(item)) return;
    if (pick < 0 || get(item).employed < get(items[pick] as T).employed) pick = i;
  });
  if (pick >= 0) extra.add(pick);
  return extra;
}

export interface OutflowSlice {
  bucket: GeoBucket;
  count: number | null;
  share: number | null;
  suppressed: boolean;
}

/**
 * Where the employed work at 12 months, by bucket. A slice of fewer than MIN_CELL people is not
 * shown; when that leaves exactly one hidden slice, the smallest other slice is hidden with it,
 * since the total employed is published and subtraction would reveal it.
 */
export function outflowOf(
  byBucket: Readonly<Record<GeoBucket, number>>,
  totalShown: boolean,
): OutflowSlice[] {
  const total = GEO_BUCKETS.reduce((s, b) => s + byBucket[b], 0);
  const counts = GEO_BUCKETS.map((b) => ({ employed: byBucket[b] }));
  const primary = (c: { employed: number }) => c.employed < MIN_CELL;
  const extra = suppressComplement(counts, (c) => c, primary, totalShown && total >= MIN_CELL);
  return GEO_BUCKETS.map((bucket, i) => {
    const count = byBucket[bucket];
    const hide = total < MIN_CELL || count < MIN_CELL || extra.has(i);
    return hide
      ? { bucket, count: null, share: null, suppressed: true }
      : { bucket, count, share: count / total, suppressed: false };
  });
}

// ── the reference computation: one graduate at a time, as the methodology reads

export interface GraduateFacts {
  id: string;
  cohort: number;
  /** Hired through an internship application on the platform. */
  hubInternship: boolean;
  outcomes: readonly ObservedOutcome[];
}

export type HorizonCounts = Record<number, Counts>;

const emptyCounts = (): HorizonCounts =>
  Object.fromEntries(HORIZONS.map((h) => [h, { graduates: 0, employed: 0, inRegion: 0 }]));

/**
 * Counts per horizon for a group of graduates: a graduate counts at horizon h once the date has
 * come (graduation + h months ≤ today), is employed there when the outcome in force is an
 * employment with a known place, and is in the region when that place is the Tomsk region.
 */
export function countGroup(graduates: readonly GraduateFacts[], today: string): HorizonCounts {
  const counts = emptyCounts();
  for (const g of graduates) {
    for (const h of HORIZONS) {
      const target = horizonDate(g.cohort, h);
      if (target > today) continue;
      const c = counts[h] as Counts;
      c.graduates++;
      const o = outcomeInForce(g.outcomes, target);
      if (!countsAsEmployed(o)) continue;
      c.employed++;
      if (o?.geoBucket === HOME_BUCKET) c.inRegion++;
    }
  }
  return counts;
}

/**
 * Participation counts (docs/domain/talent.md, "Retention"): `hub_internship` is a fact of the
 * person; `zone_resident_job` is a fact of the outcome in force at the horizon (its employer is a
 * resident); `none` is neither. The groups overlap, so they are not a partition.
 */
export function countParticipation(
  graduates: readonly GraduateFacts[],
  zoneResidents: ReadonlySet<string>,
  today: string,
): Record<'hub_internship' | 'zone_resident_job' | 'none', HorizonCounts> {
  const out = { hub_internship: emptyCounts(), zone_resident_job: emptyCounts(), none: emptyCounts() };
  for (const g of graduates) {
    for (const h of HORIZONS) {
      const target = horizonDate(g.cohort, h);
      if (target > today) continue;
      const o = outcomeInForce(g.outcomes, target);
      const zone = !!o?.employerOrganizationId && zoneResidents.has(o.employerOrganizationId);
      const groups: Array<keyof typeof out> = [];
      if (g.hubInternship) groups.push('hub_internship');
      if (zone) groups.push('zone_resident_job');
      if (!g.hubInternship && !zone) groups.push('none');
      for (const key of groups) {
        const c = out[key][h] as Counts;
        c.graduates++;
        if (!countsAsEmployed(o)) continue;
        c.employed++;
        if (o?.geoBucket === HOME_BUCKET) c.inRegion++;
      }
    }
  }
  return out;
}

/** Employed at 12 months by bucket. */
export function countOutflow(graduates: readonly GraduateFacts[], today: string): Record<GeoBucket, number> {
  const out = Object.fromEntries(GEO_BUCKETS.map((b) => [b, 0])) as Record<GeoBucket, number>;
  for (const g of graduates) {
    const target = horizonDate(g.cohort, 12);
    if (target > today) continue;
    const o = outcomeInForce(g.outcomes, target);
    if (o && countsAsEmployed(o) && o.geoBucket) out[o.geoBucket]++;
  }
  return out;
}
