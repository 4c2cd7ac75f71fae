import type { Reason } from '@inohub/contracts/talent/recommendations';

// The fit of a profile and a posting, and the reasons shown beside a recommendation
// (docs/domain/talent.md, "Fit"). Pure: the SQL gathers the raw facts (skill counts, ts_rank values),
// this file turns them into the score both directions rank by.

/** Weights of the three parts; they sum to 1 so the score stays within 0..1. */
export const FIT_WEIGHTS = { skills: 0.55, text: 0.3, locality: 0.15 } as const;

/** Within the skill part, how much nice-to-have skills count beside the required ones. */
export const NICE_SHARE = 0.25;

/**
 * `ts_rank` grows without bound in principle and sits around 0.03–0.3 for short texts; `r / (r + K)`
 * maps it to 0..1 with a half-way point at K, keeping the order of ranks.
 */
export const TEXT_HALF_RANK = 0.1;

/** Locality scores of each situation (docs/domain/talent.md, "Fit"); the best applicable one counts. */
export const LOCALITY = {
  prefersRegionInRegion: 1,
  sameCity: 1,
  remoteWanted: 0.8,
  relocation: 0.6,
  remoteNotAsked: 0.4,
  elsewhere: 0.1,
  prefersRegionElsewhere: 0,
} as const;

/**
 * Places of the Tomsk region as people write them, lower-cased (Russian and English). A posting in
 * one of them is "in the region" for a student who prefers to stay.
 */
const TOMSK_REGION = new Set([
  'томск',
  'г. томск',
  'северск',
  'стрежевой',
  'асино',
  'колпашево',
  'кедровый',
  'томская область',
  'tomsk',
  'seversk',
  'strezhevoy',
  'asino',
  'kolpashevo',
]);

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase().replace(/ё/g, 'е');

export const isTomskRegion = (city: string | null | undefined) => TOMSK_REGION.has(norm(city));

export interface FitProfile {
  skills: readonly string[];
  city: string | null;
  prefersRegion: boolean;
  openToRelocation: boolean;
  openToRemote: boolean;
  status: 'student' | 'graduate';
}

export interface FitPosting {
  kind: 'job' | 'internship';
  requiredSkills: readonly string[];
  niceSkills: readonly string[];
  city: string | null;
  remote: boolean;
}

/**
 * `ts_rank` of each direction: the posting's vector against the profile's words, and the profile's
 * vector against the posting's words (0 when nothing matched).
 */
export interface TextRanks {
  postingByProfile: number;
  profileByPosting: number;
  /** Words of the posting found in the profile (or the other way), to show as the reason. */
  terms?: readonly string[];
}

export interface FitResult {
  score: number;
  skills: number;
  text: number;
  locality: number;
  requiredMatched: number;
  niceMatched: number;
}

const count = (wanted: readonly string[], has: ReadonlySet<string>) =>
  wanted.reduce((n, s) => (has.has(s) ? n + 1 : n), 0);

/** Required skills matched / required, with nice-to-have ones as the smaller share; 0 without any asked. */
export function skillPart(
  profileSkills: readonly string[],
  posting: Pick<FitPosting, 'requiredSkills' | 'niceSkills'>,
) {
  const has = new Set(profileSkills);
  const required = new Set(posting.requiredSkills);
  const nice = new Set(posting.niceSkills.filter((s) => !required.has(s)));
  const requiredMatched = count([...required], has);
  const niceMatched = count([...nice], has);
  let weight = 0;
  let sum = 0;
  if (required.size > 0) {
    weight += 1 - NICE_SHARE;
    sum += (1 - NICE_SHARE) * (requiredMatched / required.size);
  }
  if (nice.size > 0) {
    weight += NICE_SHARE;
    sum += NICE_SHARE * (niceMatched / nice.size);
  }
  return {
    value: weight === 0 ? 0 : sum / weight,
    requiredMatched,
    requiredOf: required.size,
    niceMatched,
    niceOf: nice.size,
  };
}

/** One direction's `ts_rank` mapped to 0..1. */
export const normaliseRank = (rank: number) =>
  rank > 0 && Number.isFinite(rank) ? rank / (rank + TEXT_HALF_RANK) : 0;

/** The mean of both directions, so that a long profile does not outweigh a short posting. */
export const textPart = (ranks: TextRanks) =>
  (normaliseRank(ranks.postingByProfile) + normaliseRank(ranks.profileByPosting)) / 2;

/** The best situation that applies to this pair, see `LOCALITY`. */
export function localityPart(profile: FitProfile, posting: FitPosting): number {
  const inRegion = isTomskRegion(posting.city);
  const sameCity = !!posting.city && norm(posting.city) === norm(profile.city);
  const options: number[] = [];
  if (posting.city) {
    if (profile.prefersRegion) {
      options.push(inRegion ? LOCALITY.prefersRegionInRegion : LOCALITY.prefersRegionElsewhere);
    }
    if (sameCity) options.push(LOCALITY.sameCity);
    else if (profile.openToRelocation) options.push(LOCALITY.relocation);
    else if (!profile.prefersRegion) options.push(LOCALITY.elsewhere);
  }
  if (posting.remote) options.push(profile.openToRemote ? LOCALITY.remoteWanted : LOCALITY.remoteNotAsked);
  return options.length === 0 ? 0 : Math.max(...options);
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** The weighted sum (docs/domain/talent.md, "Fit"), each part rounded to 4 places for stable output. */
export function fit(profile: FitProfile, posting: FitPosting, ranks: TextRanks): FitResult {
  const skills = skillPart(profile.skills, posting);
  const text = textPart(ranks);
  const locality = localityPart(profile, posting);
  const score = FIT_WEIGHTS.skills * skills.value + FIT_WEIGHTS.text * text + FIT_WEIGHTS.locality * locality;
  return {
    score: round(score),
    skills: round(skills.value),
    text: round(text),
    locality: round(locality),
    requiredMatched: skills.requiredMatched,
    niceMatched: skills.niceMatched,
  };
}

/**
 * Why the pair was suggested, most telling first. `university` is added by the caller for the
 * recruiter's direction (it names the candidate's university).
 */
export function reasonsOf(profile: FitProfile, posting: FitPosting, ranks: TextRanks): Reason[] {
  const out: Reason[] = [];
  const s = skillPart(profile.skills, posting);
  if (s.requiredOf > 0 && s.requiredMatched > 0) {
    out.push({ code: 'required_skills', matched: s.requiredMatched, of: s.requiredOf });
  }
  if (s.niceOf > 0 && s.niceMatched > 0) {
    out.push({ code: 'nice_skills', matched: s.niceMatched, of: s.niceOf });
  }
  if (ranks.terms && ranks.terms.length > 0) out.push({ code: 'text', terms: [...ranks.terms] });
  const inRegion = isTomskRegion(posting.city);
  const sameCity = !!posting.city && norm(posting.city) === norm(profile.city);
  if (profile.prefersRegion && posting.city && inRegion) {
    out.push({ code: 'prefers_region', city: posting.city });
  } else if (sameCity && posting.city) {
    out.push({ code: 'same_city', city: posting.city });
  }
  if (posting.remote && profile.openToRemote) out.push({ code: 'remote' });
  if (posting.city && !sameCity && !posting.remote && profile.openToRelocation) {
    out.push({ code: 'open_to_relocation' });
  }
  if (posting.kind === 'internship' && profile.status === 'student') {
    out.push({ code: 'internship_for_student' });
  }
  return out;
}

/** Highest score first; equal scores by id, so that the order never depends on the plan. */
export function byFit<T extends { id: string; fit: { score: number } }>(a: T, b: T): number {
  return b.fit.score - a.fit.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
