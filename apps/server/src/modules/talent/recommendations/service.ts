import type { Visibility } from '@inohub/contracts/talent/enums';
import type {
  CandidateRecommendations,
  OpportunityRecommendations,
  Reason,
} from '@inohub/contracts/talent/recommendations';
import type { z } from 'zod';
import type { Db } from '../../../lib/db/types.ts';
import { forbidden, notFound, unprocessable } from '../../../lib/errors.ts';
import { organizationFactsMany } from '../directory-port.ts';
import type { TalentViewer } from '../policy.ts';
import { byFit, type FitPosting, type FitProfile, fit, reasonsOf } from './fit.ts';
import * as repo from './repo.ts';

// Recommendations both ways (docs/domain/talent.md, "Recommendations"): bounded candidate sets from
// the GIN indexes (repo.ts), scored by fit() (fit.ts), the top `limit` shown with their reasons.

export interface Deps {
  /** Raw SQL (`ctx.database.query`). */
  q: repo.Query;
  /** The drizzle handle, for the directory's names. */
  db: Db;
}

type Fit = ReturnType<typeof fit>;

/** Today's calendar date in Tomsk: postings are open through their deadline day there. */
export function todayInTomsk(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tomsk',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

interface Scored<C> {
  id: string;
  fit: Fit;
  profile: FitProfile;
  posting: FitPosting;
  candidate: C;
}

function rank<C extends { id: string; ownText: number; titleText: number }>(
  candidates: C[],
  sides: (c: C) => {
    profile: FitProfile;
    posting: FitPosting;
    postingByProfile: number;
    profileByPosting: number;
  },
  limit: number,
): Scored<C>[] {
  return candidates
    .map((candidate) => {
      const s = sides(candidate);
      return {
        id: candidate.id,
        candidate,
        profile: s.profile,
        posting: s.posting,
        fit: fit(s.profile, s.posting, {
          postingByProfile: Number(s.postingByProfile),
          profileByPosting: Number(s.profileByPosting),
        }),
      };
    })
    .sort(byFit)
    .slice(0, limit);
}

const fitView = (f: Fit) => ({ score: f.score, skills: f.skills, text: f.text, locality: f.locality });

/** A skill's taxonomy entry; a code no longer in the taxonomy still shows, named by its code. */
const skillView = (known: Record<string, repo.SkillRow> | null) => (code: string) =>
  known?.[code] ?? { code, nameRu: code, nameEn: code, category: 'other', isCustom: true };

const reasonsFor = (
  s: { profile: FitProfile; posting: FitPosting },
  row: { stems: string[]; stemText: string },
) =>
  reasonsOf(s.profile, s.posting, {
    postingByProfile: 0,
    profileByPosting: 0,
    terms: repo.wordsForStems(row.stemText, row.stems ?? []),
  });

// ── postings for a student

/** The ranked postings for one profile, without the viewer checks (also what the bench measures). */
export async function opportunitiesForProfile(
  deps: Deps,
  profile: repo.ProfileFacts,
  options: { limit: number; today?: string },
): Promise<z.infer<typeof OpportunityRecommendations>> {
  const today = options.today ?? todayInTomsk();
  const me: FitProfile = {
    skills: profile.skills,
    city: profile.city,
    prefersRegion: profile.prefersRegion,
    openToRelocation: profile.openToRelocation,
    openToRemote: profile.openToRemote,
    status: profile.status,
  };
  const candidates = await repo.scoredPostings(deps.q, profile, today);
  const top = rank(
    candidates,
    (c) => ({
      profile: me,
      posting: {
        kind: c.kind,
        requiredSkills: c.requiredSkills,
        niceSkills: c.niceSkills,
        city: c.city,
        remote: c.remote,
      },
      // The posting's whole text against the headline and programme; its title against all the profile's words.
      postingByProfile: c.ownText,
      profileByPosting: c.titleText,
    }),
    options.limit,
  );
  if (top.length === 0) return { items: [] };
  const rows = await repo.postingRows(
    deps.q,
    top.map((s) => s.id),
    profile.id,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const orgs = await organizationFactsMany(deps.db, [...new Set(rows.map((r) => r.organizationId))]);
  const items = top.flatMap((s) => {
    const row = byId.get(s.id);
    if (!row) return [];
    const org = orgs.get(row.organizationId);
    const reasons = reasonsFor(s, row);
    return [
      {
        opportunity: {
          id: row.id,
          employer: {
            id: row.organizationId,
            name: org?.name ?? '',
            nameEn: org?.nameEn ?? null,
            verifiedAt: row.verifiedAt ? new Date(row.verifiedAt) : null,
          },
          kind: row.kind,
          titleRu: row.titleRu,
          titleEn: row.titleEn,
          requiredSkills: row.requiredSkills.map(skillView(row.skillViews)),
          city: row.city,
          remote: row.remote,
          salaryFrom: row.salaryFrom,
          salaryTo: row.salaryTo,
          deadline: row.deadline,
          status: row.status,
          // Every candidate passed the open-posting filter a moment ago.
          isOpen: true,
          publishedAt: row.publishedAt ? new Date(row.publishedAt) : null,
        },
        fit: fitView(s.fit),
        reasons,
      },
    ];
  });
  return { items };
}

/** `GET /api/talent/recommendations/opportunities`: the caller's own profile is the source. */
export async function recommendOpportunities(deps: Deps, userId: string, limit: number) {
  const profile = await repo.profileOfUser(deps.q, userId);
  if (!profile) {
    throw unprocessable(
      'talent.profile_required',
      'Create your talent profile first: recommendations are made for it',
    );
  }
  return opportunitiesForProfile(deps, profile, { limit });
}

// ── candidates for a posting

/**
 * Who may ask for a posting's candidates, and which profiles they may be shown
 * (docs/domain/talent.md, "Recommendations"): recruiters of the posting's company (recruiters-only
 * profiles only when that company is an approved employer), a career office (public profiles, and
 * its own university's recruiters-only ones), the hub's administrators. Hidden profiles never.
 */
export function candidateScope(
  viewer: TalentViewer,
  posting: { organizationId: string },
): repo.CandidateScope | null {
  const own = [...viewer.careerOfficeOf];
  if (viewer.isAdmin) return { visibilities: ['public', 'recruiters'], ownUniversities: [] };
  if (viewer.recruiterOf.has(posting.organizationId)) {
    const approved = viewer.approvedRecruiterOf.has(posting.organizationId);
    const visibilities: Visibility[] = approved ? ['public', 'recruiters'] : ['public'];
    return { visibilities, ownUniversities: own };
  }
  if (own.length > 0) return { visibilities: ['public'], ownUniversities: own };
  return null;
}

/** The ranked profiles for one posting within a scope (also what the bench measures). */
export async function candidatesForPosting(
  deps: Deps,
  posting: repo.PostingFacts,
  scope: repo.CandidateScope,
  options: { limit: number },
): Promise<z.infer<typeof CandidateRecommendations>> {
  const theirs: FitPosting = {
    kind: posting.kind,
    requiredSkills: posting.requiredSkills,
    niceSkills: posting.niceSkills,
    city: posting.city,
    remote: posting.remote,
  };
  const candidates = await repo.scoredProfiles(deps.q, posting, scope);
  const top = rank(
    candidates,
    (c) => ({
      profile: {
        skills: c.skills,
        city: c.city,
        prefersRegion: c.prefersRegion,
        openToRelocation: c.openToRelocation,
        openToRemote: c.openToRemote,
        status: c.status,
      },
      posting: theirs,
      // The profile's whole text against the posting's title; its headline and programme against all the posting's words.
      profileByPosting: c.ownText,
      postingByProfile: c.titleText,
    }),
    options.limit,
  );
  if (top.length === 0) return { items: [] };
  const rows = await repo.profileRows(
    deps.q,
    top.map((s) => s.id),
    posting.id,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const universityIds = [...new Set(rows.flatMap((r) => (r.universityId ? [r.universityId] : [])))];
  const orgs = await organizationFactsMany(deps.db, universityIds);
  const items = top.flatMap((s) => {
    const row = byId.get(s.id);
    if (!row) return [];
    const uni = row.universityId ? orgs.get(row.universityId) : undefined;
    const reasons: Reason[] = reasonsFor(s, row);
    if (uni) reasons.push({ code: 'university', universityName: uni.name, universityNameEn: uni.nameEn });
    return [
      {
        profile: {
          id: row.id,
          fullName: row.fullName,
          university: uni ? { id: uni.id, name: uni.name, nameEn: uni.nameEn } : null,
          program: row.program,
          degree: row.degree,
          graduationYear: row.graduationYear,
          status: row.status,
          city: row.city,
          headline: row.headline,
          skills: row.skills.map(skillView(row.skillViews)),
          visibility: row.visibility,
        },
        fit: fitView(s.fit),
        reasons,
      },
    ];
  });
  return { items };
}

/** `GET /api/talent/opportunities/:opportunityId/candidates`. */
export async function recommendCandidates(
  deps: Deps,
  viewer: TalentViewer,
  opportunityId: string,
  limit: number,
) {
  const posting = await repo.postingById(deps.q, opportunityId);
  if (!posting) throw notFound('opportunity', 'talent.opportunity_not_found');
  const scope = candidateScope(viewer, posting);
  if (!scope) {
    throw forbidden(
      "Only the employer's recruiters, a career office and the hub see a posting's candidates",
      'talent.candidates_forbidden',
    );
  }
  return candidatesForPosting(deps, posting, scope, { limit });
}
