import type { MeView, ProfileInput, ProfileView } from '@inohub/contracts/directory';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { getUser, type Role, recordConsent, updateOwnProfile } from '../../identity/index.ts';
import { organizationMembers, organizations, profiles } from '../directory.tables.ts';

export async function membershipsOf(db: Db, userId: string): Promise<MeView['memberships']> {
  return db
    .select({
      organizationId: organizations.id,
      organizationName: organizations.name,
      kind: organizations.kind,
      role: organizationMembers.role,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, userId))
    .orderBy(asc(organizations.name));
}

/** The account with the organizations the person belongs to (from the directory). */
export async function getMe(db: Db, userId: string): Promise<MeView> {
  return meOf(await getUser(db, userId), await membershipsOf(db, userId));
}

/**
 * The signed-in person's own account as the request already resolved it (the session lookup
 * reads the user and the roles fresh on every request), plus one query for the memberships: `GET
 * /api/me` runs on every page, so it reads nothing twice (issue 8, "Speed of the request path").
 */
export async function getMeOf(db: Db, principal: Principal): Promise<MeView> {
  return meOf(
    { ...principal, id: principal.userId, roles: principal.roles as Role[] },
    await membershipsOf(db, principal.userId),
  );
}

function meOf(
  u: {
    id: string;
    name: string;
    email: string;
    emailVerified: boolean;
    locale: string | null;
    timeZone: string;
    roles: Role[];
  },
  memberships: MeView['memberships'],
): MeView {
  return {
    user: {
      id: u.id,
      name: u.name,
      email: u.email,
      emailVerified: u.emailVerified,
      locale: u.locale === 'en' ? 'en' : 'ru', // anything else stored reads as the default
      timeZone: u.timeZone,
      roles: u.roles,
    },
    memberships,
  };
}

export async function updateMe(
  db: Db,
  userId: string,
  patch: { name?: string; locale?: 'ru' | 'en'; timeZone?: string },
): Promise<MeView> {
  if (Object.keys(patch).length) await updateOwnProfile(db, userId, patch);
  return getMe(db, userId);
}

const EMPTY_PROFILE: ProfileView = {
  headline: null,
  bio: null,
  city: null,
  skills: [],
  links: [],
  isPublic: false,
  publicFields: [],
};

export async function getOwnProfile(db: Db, userId: string): Promise<ProfileView> {
  const [p] = await db.select().from(profiles).where(eq(profiles.userId, userId));
  if (!p) return EMPTY_PROFILE;
  return {
    headline: p.headline,
    bio: p.bio,
    city: p.city,
    skills: p.skills,
    links: p.links,
    isPublic: p.isPublic,
    publicFields: p.publicFields as ProfileView['publicFields'],
  };
}

/** Replaces the whole profile (PUT); the consent to publish takes effect on the next request. */
export async function putOwnProfile(
  db: Db,
  userId: string,
  input: ProfileInput,
  ip: string | null = null,
): Promise<ProfileView> {
  const [before] = await db
    .select({ isPublic: profiles.isPublic })
    .from(profiles)
    .where(eq(profiles.userId, userId));
  const values = { ...input, publicFields: [...new Set(input.publicFields)], updatedAt: new Date() };
  await db
    .insert(profiles)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: profiles.userId, set: values });
  // Showing the profile is consent to dissemination (152-FZ art. 10.1); hiding it withdraws it.
  if ((before?.isPublic ?? false) !== input.isPublic)
    await recordConsent(db, { userId, purpose: 'public_profile', granted: input.isPublic, ip });
  return getOwnProfile(db, userId);
}
