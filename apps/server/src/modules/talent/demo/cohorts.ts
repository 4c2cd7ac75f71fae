import type { OutcomeStatus } from '@inohub/contracts/talent/enums';
import type { Random } from '../../../lib/demo/random.ts';

// How the demo's graduate outcomes are drawn so that the 2015 cohort reproduces the published Tomsk
// figures (docs/domain/talent.md, "Demo data"). Pure: no database, so the calibration is testable alone.

/** Where a working graduate works, as the published figures split it (Moscow and St Petersburg fall in "other Russia"). */
export type PublishedBucket = 'tomsk' | 'siberia' | 'other_russia' | 'cis' | 'abroad';

/**
 * The Tomsk 2015 cohort, 12 months after graduation: of all graduates 52.5 % employed, 35.5 %
 * continued studies, 3.3 % in the army; of the employed 66.5 % in the Tomsk region, 13.8 % elsewhere
 * in Siberia, 12.3 % in other Russian regions, 5.8 % in the CIS, 1.3 % elsewhere abroad. The
 * remaining 8.7 % of graduates are split between job seekers, parental leave and own business.
 */
export const TOMSK_2015 = {
  status: {
    employed: 0.525,
    further_study: 0.355,
    military: 0.033,
    unemployed: 0.045,
    parental_leave: 0.022,
    self_employed: 0.012,
    entrepreneur: 0.008,
  } satisfies Partial<Record<OutcomeStatus, number>>,
  geo: { tomsk: 0.665, siberia: 0.138, other_russia: 0.123, cis: 0.058, abroad: 0.013 } satisfies Record<
    PublishedBucket,
    number
  >,
} as const;

export const FIRST_COHORT = 2015;
export const LAST_COHORT = 2025;

/** Statuses in which a graduate works somewhere, so a place of work is recorded. */
export const WORKING: ReadonlySet<OutcomeStatus> = new Set(['employed', 'self_employed', 'entrepreneur']);

/**
 * The targets for a cohort: the 2015 figures, then a gentle trend (more graduates working and more
 * of them staying in the region, fewer continuing studies), so later cohorts differ a little.
 */
export function cohortTargets(year: number): {
  status: Record<string, number>;
  geo: Record<PublishedBucket, number>;
} {
  const t = Math.max(0, year - FIRST_COHORT);
  const s = TOMSK_2015.status;
  const status: Record<string, number> = {
    employed: s.employed + 0.006 * t,
    further_study: s.further_study - 0.004 * t,
    military: s.military - 0.0008 * t,
    parental_leave: s.parental_leave,
    self_employed: s.self_employed + 0.001 * t,
    entrepreneur: s.entrepreneur + 0.0005 * t,
  };
  status.unemployed = 1 - Object.values(status).reduce((a, b) => a + b, 0);
  const g = TOMSK_2015.geo;
  const geo = {
    tomsk: g.tomsk + 0.005 * t,
    siberia: g.siberia - 0.002 * t,
    other_russia: g.other_russia - 0.002 * t,
    cis: g.cis - 0.0005 * t,
    abroad: g.abroad - 0.0005 * t,
  };
  return { status, geo };
}

/**
 * Exactly `n` labels in the given shares (largest-remainder rounding, shares normalised to 1), in
 * random order: a cohort of a few hundred then hits its targets to within one person instead of
 * within the sampling error of independent draws.
 */
export function allocate<K extends string>(random: Random, n: number, shares: Record<K, number>): K[] {
  const keys = Object.keys(shares) as K[];
  const total = keys.reduce((a, k) => a + shares[k], 0);
  const exact = keys.map((k) => (shares[k] / total) * n);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const out: K[] = [];
  keys.forEach((k, i) => {
    for (let c = counts[i] ?? 0; c > 0; c--) out.push(k);
  });
  return random.shuffle(out);
}

/** 1 July of the cohort year: the graduation date convention (docs/domain/talent.md, "Demo data"). */
export const graduationDate = (year: number) => `${year}-07-01`;

/** The date `months` after 1 July of the cohort year, as an ISO date. */
export function monthsAfterGraduation(year: number, months: number): string {
  const m = 6 + months; // 0-based month index of July is 6
  const y = year + Math.floor(m / 12);
  return `${y}-${String((m % 12) + 1).padStart(2, '0')}-01`;
}
