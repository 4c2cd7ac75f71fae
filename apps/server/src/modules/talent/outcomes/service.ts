import type { OutcomeSource } from '@inohub/contracts/talent/enums';
import type { OutcomeBody, OutcomeView } from '@inohub/contracts/talent/outcomes';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, forbidden, invalid, notFound } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { profileAccess, type TalentViewer } from '../policy.ts';
import { geoBucketOf } from './geo.ts';
import { isRegionCode } from './regions.ts';
import * as repo from './repo.ts';

// Outcome records: what a graduate was doing at a date (docs/domain/talent.md, "Outcomes").

const profileNotFound = () => notFound('profile', 'talent.profile_not_found');

export function outcomeView(row: repo.OutcomeRow): OutcomeView {
  return {
    id: row.id,
    status: row.status,
    employerName: row.employerName,
    employerOrganizationId: row.employerOrganizationId,
    city: row.city,
    regionCode: row.regionCode,
    country: row.country,
    geoBucket: row.geoBucket,
    occupation: row.occupation,
    inProfile: row.inProfile,
    observedOn: row.observedOn,
    source: row.source,
    createdAt: row.createdAt,
  };
}

/** The person, their university's career office and the hub's administrators (docs/domain/talent.md, "Outcomes"). */
const mayRead = (viewer: TalentViewer, profile: repo.ProfileFacts) =>
  (viewer.userId !== null && profile.userId === viewer.userId) ||
  viewer.isAdmin ||
  (profile.universityId !== null && viewer.careerOfficeOf.has(profile.universityId));

const actsForUniversity = (viewer: TalentViewer, profile: repo.ProfileFacts) =>
  viewer.isAdmin || (profile.universityId !== null && viewer.careerOfficeOf.has(profile.universityId));

/** A profile the viewer may not even see answers 404, one they see but may not act on 403. */
async function loadProfileFor(db: Db, viewer: TalentViewer, profileId: string) {
  const profile = await repo.profileFacts(db, profileId);
  if (!profile || profileAccess(viewer, profile) === 'none') throw profileNotFound();
  return profile;
}

export async function listOutcomes(db: Db, viewer: TalentViewer, profileId: string): Promise<OutcomeView[]> {
  const profile = await loadProfileFor(db, viewer, profileId);
  if (!mayRead(viewer, profile)) throw forbidden('Only the graduate and their career office see outcomes');
  return (await repo.outcomesOf(db, profileId)).map(outcomeView);
}

/**
 * The row to store for a reported outcome: the place checked against the list of regions and the
 * geography bucket derived once, on write (docs/domain/talent.md, "Geography").
 */
export async function outcomeValues(
  db: Db,
  profileId: string,
  body: OutcomeBody,
  source: OutcomeSource,
  recordedBy: string | null,
): Promise<repo.OutcomeInsert> {
  if (body.country !== 'RU' && body.regionCode !== null)
    throw invalid(
      'body.regionCode',
      'A region is given only for work in Russia',
      'talent.region_outside_russia',
    );
  if (body.regionCode !== null && !isRegionCode(body.regionCode))
    throw invalid('body.regionCode', 'Unknown region of Russia', 'talent.unknown_region');
  if (body.employerOrganizationId) {
    const known = await organizationFactsMany(db, [body.employerOrganizationId]);
    if (!known.has(body.employerOrganizationId))
      throw invalid(
        'body.employerOrganizationId',
        'No such organization in the directory',
        'talent.unknown_employer',
      );
  }
  return {
    profileId,
    status: body.status,
    employerName: body.employerName,
    employerOrganizationId: body.employerOrganizationId,
    city: body.city,
    regionCode: body.regionCode,
    country: body.country,
    geoBucket: geoBucketOf({ country: body.country, regionCode: body.regionCode }),
    occupation: body.occupation,
    inProfile: body.inProfile,
    observedOn: body.observedOn,
    source,
    recordedBy,
  };
}

/** The graduate reports their own outcome (source `self_report`). */
export async function reportOwnOutcome(
  db: Db,
  viewer: TalentViewer,
  body: OutcomeBody,
): Promise<OutcomeView> {
  if (!viewer.userId) throw new AppError('unauthenticated', 'auth.required', 'Sign in to continue');
  const profile = await repo.profileOfUser(db, viewer.userId);
  if (!profile) throw profileNotFound();
  const row = await repo.insertOutcome(
    db,
    await outcomeValues(db, profile.id, body, 'self_report', viewer.userId),
  );
  return outcomeView(row);
}

/** The career office of the profile's university (or an administrator) records an outcome (`university_import`). */
export async function recordOutcome(
  db: Db,
  audit: AuditContext,
  viewer: TalentViewer,
  profileId: string,
  body: OutcomeBody,
): Promise<OutcomeView> {
  const profile = await loadProfileFor(db, viewer, profileId);
  if (!actsForUniversity(viewer, profile))
    throw forbidden('Only the career office of the graduate’s university records outcomes');
  const row = await repo.insertOutcome(
    db,
    await outcomeValues(db, profile.id, body, 'university_import', viewer.userId),
  );
  await recordAudit(db, audit, {
    action: 'talent.outcome_recorded',
    objectType: 'talent_outcome',
    objectId: row.id,
    details: { profileId, status: row.status, observedOn: row.observedOn },
  });
  return outcomeView(row);
}

/**
 * Who wrote an outcome may delete it, and so may the graduate's career office and the hub's
 * administrators; a graduate may also delete their own self-reports written through the survey link.
 */
export async function removeOutcome(db: Db, audit: AuditContext, viewer: TalentViewer, outcomeId: string) {
  const outcome = await repo.outcomeById(db, outcomeId);
  const profile = outcome ? await repo.profileFacts(db, outcome.profileId) : null;
  if (!outcome || !profile) throw notFound('outcome', 'talent.outcome_not_found');
  const isWriter = viewer.userId !== null && outcome.recordedBy === viewer.userId;
  const isOwnReport =
    viewer.userId !== null && profile.userId === viewer.userId && outcome.source === 'self_report';
  const isOffice = actsForUniversity(viewer, profile);
  if (!isWriter && !isOwnReport && !isOffice) {
    if (!mayRead(viewer, profile)) throw notFound('outcome', 'talent.outcome_not_found');
    throw forbidden('Only who wrote the outcome or the career office may delete it');
  }
  await repo.deleteOutcome(db, outcomeId);
  if (!isWriter && !isOwnReport)
    await recordAudit(db, audit, {
      action: 'talent.outcome_deleted',
      objectType: 'talent_outcome',
      objectId: outcomeId,
      details: { profileId: profile.id, source: outcome.source, observedOn: outcome.observedOn },
    });
  return { deleted: true as const };
}
