import { eq } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { organizationMembers, profiles } from '../directory.tables.ts';

/** On a deletion request: the public profile disappears at once (the rest waits for erasure). */
export async function hideProfile(db: Db, userId: string): Promise<void> {
  await db
    .update(profiles)
    .set({ isPublic: false, updatedAt: new Date() })
    .where(eq(profiles.userId, userId));
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
