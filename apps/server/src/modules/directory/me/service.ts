import type { MeView, ProfileInput, ProfileView } from '@inohub/contracts/directory';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { getUser, recordConsent, updateOwnProfile } from '../../identity/index.ts';
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

/** The account (from identity) with the organizations the person belongs to (from the directory). */
export async function getMe(db: Db, userId: string): Promise<MeView> {
  const u = await getUser(db, userId);
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
    memberships: await membershipsOf(db, userId),
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
