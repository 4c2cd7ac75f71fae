import type { ProfileBody, ProfileListQuery, ProfileView } from '@inohub/contracts/talent/profiles';
import type { z } from 'zod';
import type { Db } from '../../../lib/db/types.ts';
import { invalid, notFound } from '../../../lib/errors.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { type AuditContext, getUser, hasConsent, recordAudit, recordConsent } from '../../identity/index.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { type ProfileAccess, profileAccess, type TalentViewer, visibleVisibilities } from '../policy.ts';
import { assertSkillCodes, skillMap } from '../skills/service.ts';
import { consentChanges } from './consent.ts';
import {
  claimProfile,
  findableBy,
  insertProfile,
  listProfiles,
  type ProfileRow,
  profileByEmail,
  profileById,
  profileOfUser,
  updateProfile,
} from './repo.ts';
import { toProfileSummary, toProfileView } from './view.ts';

// Students' and graduates' profiles (docs/domain/talent.md, "Profiles").

export const profileNotFound = () => notFound('profile', 'talent.profile_not_found');

/** The skills and universities a set of profiles names, read once for all of them. */
export async function profileLookups(db: Db, rows: readonly ProfileRow[]) {
  const universityIds = [...new Set(rows.flatMap((r) => (r.universityId ? [r.universityId] : [])))];
  const [skills, universities] = await Promise.all([
    skillMap(
      db,
      rows.flatMap((r) => r.skills),
    ),
    organizationFactsMany(db, universityIds),
  ]);
  return { skills, universities };
}

/** One profile as a viewer with this access sees it (other features render profiles with it too). */
export async function profileViewOf(
  db: Db,
  row: ProfileRow,
  access: Exclude<ProfileAccess, 'none'>,
): Promise<ProfileView> {
  return toProfileView(row, access, await profileLookups(db, [row]));
}

/**
 * The caller's profile. One person, one record (docs/domain/talent.md, "Profiles"): when the caller
 * has none yet but their university imported one under their verified address, the account claims
 * it here, and from then on it is theirs. An unverified address claims nothing, or anyone could
 * take a student's record by typing their address at sign-up.
 */
export async function ownProfile(
  db: Db,
  audit: AuditContext,
  userId: string,
): Promise<ProfileRow | undefined> {
  const mine = await profileOfUser(db, userId);
  if (mine) return mine;
  const user = await getUser(db, userId);
  if (!user.emailVerified) return undefined;
  const imported = await profileByEmail(db, user.email);
  if (!imported || imported.userId !== null) return undefined;
  const claimed = await claimProfile(db, imported.id, userId);
  if (!claimed) return profileOfUser(db, userId);
  await recordAudit(db, audit, {
    action: 'talent.profile_claimed',
    objectType: 'talent_profile',
    objectId: claimed.id,
    details: { source: claimed.source, universityId: claimed.universityId },
  });
  return claimed;
}

export async function myProfileView(db: Db, audit: AuditContext, userId: string) {
  const row = await ownProfile(db, audit, userId);
  return { profile: row ? await profileViewOf(db, row, 'owner') : null };
}

/** The university must be a directory organization of kind university. */
async function assertUniversity(db: Db, universityId: string | null): Promise<void> {
  if (!universityId) return;
  const org = (await organizationFactsMany(db, [universityId])).get(universityId);
  if (org?.kind !== 'university') {
    throw invalid('body.universityId', 'is not a university of the directory', 'talent.not_a_university');
  }
}

/**
 * Brings the consent ledger in line with the visibility (docs/domain/talent.md, "Visibility"):
 * only the purposes whose state changes get an entry.
 */
async function recordVisibilityConsent(db: Db, userId: string, body: ProfileBody, ip: string | null) {
  const current = {
    talent_recruiters: await hasConsent(db, userId, 'talent_recruiters'),
    talent_public: await hasConsent(db, userId, 'talent_public'),
  };
  for (const change of consentChanges(current, body.visibility)) {
    await recordConsent(db, { userId, ...change, ip });
  }
}

/** Creates or updates the caller's own profile. */
export async function saveMyProfile(
  db: Db,
  audit: AuditContext,
  principal: Principal,
  body: ProfileBody,
): Promise<ProfileView> {
  await assertUniversity(db, body.universityId);
  await assertSkillCodes(db, body.skills, 'skills');
  const existing = await ownProfile(db, audit, principal.userId);
  let row: ProfileRow;
  if (existing) {
    row = await updateProfile(db, existing.id, body);
  } else {
    // The address goes on the profile only when verified and not held by another profile, so that
    // an import can recognize the person by it later.
    const user = await getUser(db, principal.userId);
    const holder = user.emailVerified ? await profileByEmail(db, user.email) : undefined;
    const email = user.emailVerified && !holder ? user.email.toLowerCase() : null;
    row = await insertProfile(db, { ...body, userId: principal.userId, email });
  }
  await recordVisibilityConsent(db, principal.userId, body, audit.ip);
  return profileViewOf(db, row, 'owner');
}

/** A profile by id, or 404 when the viewer may not see it (no difference from one that does not exist). */
export async function readableProfile(db: Db, viewer: TalentViewer, profileId: string) {
  const row = await profileById(db, profileId);
  if (!row) throw profileNotFound();
  const access = profileAccess(viewer, row);
  if (access === 'none') throw profileNotFound();
  return { row, access };
}

export async function profileView(db: Db, viewer: TalentViewer, profileId: string): Promise<ProfileView> {
  const { row, access } = await readableProfile(db, viewer, profileId);
  return profileViewOf(db, row, access);
}

/**
 * The profiles a viewer may find (docs/domain/talent.md, "Visibility"): the visibilities
 * `visibleVisibilities` allows, all of their own university's for a career office, and their own.
 * Hidden profiles of others never appear.
 */
export async function findProfiles(db: Db, viewer: TalentViewer, query: z.infer<typeof ProfileListQuery>) {
  const scope = findableBy({
    visibilities: visibleVisibilities(viewer),
    universities: [...viewer.careerOfficeOf],
    userId: viewer.userId,
  });
  const { rows, total } = await listProfiles(db, scope, query, query);
  const lookups = await profileLookups(db, rows);
  return {
    items: rows.map((r) => toProfileSummary(r, lookups)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
