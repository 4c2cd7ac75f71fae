import { and, eq, inArray, isNotNull, like, or } from 'drizzle-orm';
import type { Db } from '../../lib/db/types.ts';
import { storedFiles } from '../../lib/files/files.tables.ts';
import type { ErasedPerson } from '../../module.ts';
import { talentApplications, talentProfiles } from './talent.tables.ts';

/**
 * Erases a person's talent data (docs/domain/talent.md, "Personal data"): the profile and, with it
 * (foreign keys cascade), their applications, outcomes and survey invitations; and the records of
 * their CVs, the profile's and those sent with applications, whose names often name the person.
 * A profile their university imported but they never claimed is found by the address. The rows
 * others wrote about their acts (who moved an application) keep the user id, which the account's
 * deletion pseudonymizes.
 */
export async function eraseTalentPerson(db: Db, person: ErasedPerson): Promise<Record<string, number>> {
  const profiles = await db
    .select({ id: talentProfiles.id, cvFileId: talentProfiles.cvFileId })
    .from(talentProfiles)
    .where(or(eq(talentProfiles.userId, person.id), eq(talentProfiles.email, person.email.toLowerCase())));
  if (profiles.length === 0) return { talent_profiles: 0 };
  const profileIds = profiles.map((p) => p.id);
  const sent = await db
    .select({ cvFileId: talentApplications.cvFileId })
    .from(talentApplications)
    .where(and(inArray(talentApplications.profileId, profileIds), isNotNull(talentApplications.cvFileId)));
  const fileIds = [...new Set([...profiles, ...sent].flatMap((r) => (r.cvFileId ? [r.cvFileId] : [])))];
  const removed = await db
    .delete(talentProfiles)
    .where(inArray(talentProfiles.id, profileIds))
    .returning({ id: talentProfiles.id });
  // Only the talent module's own files: a CV id can point nowhere else, but a mistake must not
  // reach another module's record. The bytes on disk have no name and no owner left.
  const files =
    fileIds.length === 0
      ? []
      : await db
          .delete(storedFiles)
          .where(and(inArray(storedFiles.id, fileIds), like(storedFiles.ownerModule, 'talent.%')))
          .returning({ id: storedFiles.id });
  return { talent_profiles: removed.length, stored_files: files.length };
}
