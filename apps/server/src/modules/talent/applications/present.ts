import type { ProfileSummary } from '@inohub/contracts/talent/profiles';
import type { Db } from '../../../lib/db/types.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { skillViews, viewsOf } from '../opportunities/skills.ts';
import type { ProfileRow } from './repo.ts';

/**
 * Applicants as the employer sees them. Applying shares the profile with that employer whatever
 * its visibility (docs/domain/talent.md, "Visibility"), so no visibility filter applies here; the
 * caller has already checked that the viewer is the applicant, the employer or an administrator.
 */
export async function applicantSummaries(
  db: Db,
  profiles: readonly ProfileRow[],
): Promise<Map<string, ProfileSummary>> {
  const [universities, skills] = await Promise.all([
    organizationFactsMany(db, [
      ...new Set(profiles.flatMap((p) => (p.universityId ? [p.universityId] : []))),
    ]),
    skillViews(
      db,
      profiles.flatMap((p) => p.skills),
    ),
  ]);
  return new Map(
    profiles.map((p) => {
      const u = p.universityId ? universities.get(p.universityId) : undefined;
      return [
        p.id,
        {
          id: p.id,
          fullName: p.fullName,
          university: u ? { id: u.id, name: u.name, nameEn: u.nameEn } : null,
          program: p.program,
          degree: p.degree,
          graduationYear: p.graduationYear,
          status: p.status,
          city: p.city,
          headline: p.headline,
          skills: viewsOf(p.skills, skills),
          visibility: p.visibility,
        },
      ];
    }),
  );
}
