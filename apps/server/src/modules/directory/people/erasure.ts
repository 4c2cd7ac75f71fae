import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { recordConsent } from '../../identity/index.ts';
import { organizationMembers, profiles } from '../directory.tables.ts';

/** The public profile disappears at once, and the consent to show it is recorded as withdrawn. */
export async function hideProfile(db: Db, userId: string, ip: string | null = null): Promise<void> {
  const hidden = await db
    .update(profiles)
    .set({ isPublic: false, updatedAt: new Date() })
    .where(and(eq(profiles.userId, userId), eq(profiles.isPublic, true)))
    .returning({ userId: profiles.userId });
  if (hidden.length) await recordConsent(db, { userId, purpose: 'public_profile', granted: false, ip });
}

/** Erases the directory's part of a person: the profile and the memberships. Returns what was removed. */
export async function eraseDirectoryPerson(db: Db, userId: string): Promise<Record<string, number>> {
  return {
    profiles: (
      await db.delete(profiles).where(eq(profiles.userId, userId)).returning({ id: profiles.userId })
    ).length,
    organization_members: (
      await db
        .delete(organizationMembers)
        .where(eq(organizationMembers.userId, userId))
        .returning({ id: organizationMembers.userId })
    ).length,
  };
}
