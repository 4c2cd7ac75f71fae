import type { ProfileSummary, ProfileView } from '@inohub/contracts/talent/profiles';
import type { SkillView } from '@inohub/contracts/talent/skills';
import type { OrganizationFacts } from '../directory-port.ts';
import type { ProfileAccess } from '../policy.ts';
import type { ProfileRow } from './repo.ts';

export const cvUrlOf = (profileId: string) => `/api/talent/profiles/${profileId}/cv`;

const universityRef = (u: OrganizationFacts | undefined) =>
  u ? { id: u.id, name: u.name, nameEn: u.nameEn } : null;

const skillsOf = (codes: readonly string[], skills: ReadonlyMap<string, SkillView>) =>
  codes.flatMap((c) => skills.get(c) ?? []);

/**
 * A profile as a viewer with this access sees it (docs/domain/talent.md, "Visibility"): `public`
 * leaves out the address and the CV, which only the person, their career office and approved
 * employers see.
 */
export function toProfileView(
  row: ProfileRow,
  access: Exclude<ProfileAccess, 'none'>,
  lookups: { skills: ReadonlyMap<string, SkillView>; universities: ReadonlyMap<string, OrganizationFacts> },
): ProfileView {
  const full = access !== 'public';
  return {
    id: row.id,
    access,
    fullName: row.fullName,
    email: full ? row.email : null,
    university: universityRef(row.universityId ? lookups.universities.get(row.universityId) : undefined),
    faculty: row.faculty,
    program: row.program,
    programCode: row.programCode,
    degree: row.degree,
    studyStartYear: row.studyStartYear,
    graduationYear: row.graduationYear,
    status: row.status,
    city: row.city,
    headline: row.headline,
    about: row.about,
    skills: skillsOf(row.skills, lookups.skills),
    languages: row.languages,
    links: row.links,
    prefersRegion: row.prefersRegion,
    openToRelocation: row.openToRelocation,
    openToRemote: row.openToRemote,
    visibility: row.visibility,
    cv: full && row.cvFileId ? { fileName: row.cvFileName ?? 'cv.pdf', url: cvUrlOf(row.id) } : null,
    source: row.source,
    editable: access === 'owner',
    updatedAt: row.updatedAt,
  };
}

export function toProfileSummary(
  row: ProfileRow,
  lookups: { skills: ReadonlyMap<string, SkillView>; universities: ReadonlyMap<string, OrganizationFacts> },
): ProfileSummary {
  return {
    id: row.id,
    fullName: row.fullName,
    university: universityRef(row.universityId ? lookups.universities.get(row.universityId) : undefined),
    program: row.program,
    degree: row.degree,
    graduationYear: row.graduationYear,
    status: row.status,
    city: row.city,
    headline: row.headline,
    skills: skillsOf(row.skills, lookups.skills),
    visibility: row.visibility,
  };
}
