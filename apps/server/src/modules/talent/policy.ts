import type { Visibility } from '@inohub/contracts/talent/enums';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../lib/db/types.ts';
import type { Principal } from '../../lib/http/access.ts';
import { membershipsOf } from './directory-port.ts';
import { talentEmployers } from './talent.tables.ts';

/**
 * Who the caller is to the talent module, resolved once per request: which universities' career
 * office they work in, which companies they recruit for, and which of those are approved employers
 * (docs/domain/talent.md, "Visibility"). Route-level roles are declared on each route; these are
 * the record-level facts the rules below need.
 */
export interface TalentViewer {
  readonly userId: string | null;
  readonly isAdmin: boolean;
  /** Universities whose career office the viewer works in: role `career_office` and a membership. */
  readonly careerOfficeOf: ReadonlySet<string>;
  /** Companies the viewer recruits for: role `recruiter` and a membership. */
  readonly recruiterOf: ReadonlySet<string>;
  /** Of `recruiterOf`, the companies a career office or the hub approved as employers. */
  readonly approvedRecruiterOf: ReadonlySet<string>;
}

export const ANONYMOUS_VIEWER: TalentViewer = {
  userId: null,
  isAdmin: false,
  careerOfficeOf: new Set(),
  recruiterOf: new Set(),
  approvedRecruiterOf: new Set(),
};

export async function resolveViewer(db: Db, principal: Principal | null): Promise<TalentViewer> {
  if (!principal) return ANONYMOUS_VIEWER;
  const roles = principal.roles;
  const isCareerOffice = roles.includes('career_office');
  const isRecruiter = roles.includes('recruiter');
  const memberships = isCareerOffice || isRecruiter ? await membershipsOf(db, principal.userId) : [];
  const careerOfficeOf = new Set(
    isCareerOffice ? memberships.filter((m) => m.kind === 'university').map((m) => m.organizationId) : [],
  );
  const recruiterOf = new Set(
    isRecruiter ? memberships.filter((m) => m.kind !== 'university').map((m) => m.organizationId) : [],
  );
  const approved =
    recruiterOf.size === 0
      ? []
      : await db
          .select({ id: talentEmployers.organizationId })
          .from(talentEmployers)
          .where(
            and(
              inArray(talentEmployers.organizationId, [...recruiterOf]),
              eq(talentEmployers.status, 'approved'),
            ),
          );
  return {
    userId: principal.userId,
    isAdmin: roles.includes('admin'),
    careerOfficeOf,
    recruiterOf,
    approvedRecruiterOf: new Set(approved.map((a) => a.id)),
  };
}

/** Whether the viewer is a recruiter of at least one approved employer. */
export const isApprovedRecruiter = (viewer: TalentViewer) => viewer.approvedRecruiterOf.size > 0;

/**
 * How much of a profile the viewer may see (docs/domain/talent.md, "Visibility"):
 * - `owner`: the person themself — everything, and they may edit it;
 * - `full`: everything but editing (CV, address): the person's career office (whatever the
 *   visibility), and the hub's administrators and recruiters of approved employers for public and
 *   recruiters-only profiles;
 * - `public`: the public fields without CV or address — anyone, for public profiles;
 * - `none`: not at all (it does not appear in lists or recommendations, and reads answer 404).
 * Hidden means what the person was told: only they and their career office see it. The hub's
 * administrators are not an exception — hidden withdraws both talent consents, so the hub has no
 * ground to show the profile to anyone, its own staff included (152-FZ art. 9).
 * A student who applies to a posting shares their profile with that employer: the applications
 * feature grants `full` for the applicant separately, whatever the visibility.
 */
export type ProfileAccess = 'owner' | 'full' | 'public' | 'none';

export function profileAccess(
  viewer: TalentViewer,
  profile: { userId: string | null; universityId: string | null; visibility: Visibility },
): ProfileAccess {
  if (viewer.userId && profile.userId === viewer.userId) return 'owner';
  if (profile.universityId && viewer.careerOfficeOf.has(profile.universityId)) return 'full';
  if (profile.visibility === 'hidden') return 'none';
  if (viewer.isAdmin || isApprovedRecruiter(viewer)) return 'full';
  return profile.visibility === 'public' ? 'public' : 'none';
}

/**
 * The visibilities a viewer may find in lists and recommendations, outside their own university
 * (whose profiles a career office finds whatever their visibility). Never `hidden`.
 */
export function visibleVisibilities(viewer: TalentViewer): readonly Visibility[] {
  return viewer.isAdmin || isApprovedRecruiter(viewer) ? ['public', 'recruiters'] : ['public'];
}
