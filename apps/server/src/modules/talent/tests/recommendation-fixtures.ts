import type { Visibility } from '@inohub/contracts/talent/enums';
import type { TestApp } from '../../../testing/test-app.ts';
import { talentOpportunities, talentProfiles } from '../talent.tables.ts';

// Rows for the recommendation tests, inserted directly so that the order under test depends on
// nothing but the fit (docs/domain/talent.md, "Fit").

export interface PostingValues {
  organizationId: string;
  kind?: 'job' | 'internship';
  titleRu?: string | null;
  titleEn?: string | null;
  descriptionRu?: string | null;
  descriptionEn?: string | null;
  requiredSkills?: string[];
  niceSkills?: string[];
  city?: string | null;
  remote?: boolean;
  deadline?: string;
  status?: 'draft' | 'published' | 'closed';
}

export const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  return d.toISOString().slice(0, 10);
};

export async function insertPosting(t: TestApp, v: PostingValues): Promise<string> {
  const [row] = await t.ctx.db
    .insert(talentOpportunities)
    .values({
      organizationId: v.organizationId,
      kind: v.kind ?? 'job',
      titleRu: v.titleRu === undefined ? 'Вакансия' : v.titleRu,
      titleEn: v.titleEn ?? null,
      descriptionRu: v.descriptionRu ?? null,
      descriptionEn: v.descriptionEn ?? null,
      requiredSkills: v.requiredSkills ?? [],
      niceSkills: v.niceSkills ?? [],
      city: v.city === undefined ? 'Томск' : v.city,
      remote: v.remote ?? false,
      deadline: v.deadline ?? inDays(30),
      status: v.status ?? 'published',
      publishedAt: (v.status ?? 'published') === 'published' ? new Date() : null,
    })
    .returning({ id: talentOpportunities.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

export interface CandidateValues {
  userId?: string | null;
  fullName?: string;
  universityId?: string | null;
  visibility?: Visibility;
  skills?: string[];
  status?: 'student' | 'graduate';
  headline?: string | null;
  about?: string | null;
  program?: string | null;
  city?: string | null;
  prefersRegion?: boolean;
  openToRelocation?: boolean;
  openToRemote?: boolean;
}

export async function insertCandidate(t: TestApp, v: CandidateValues): Promise<string> {
  const [row] = await t.ctx.db
    .insert(talentProfiles)
    .values({
      userId: v.userId ?? null,
      fullName: v.fullName ?? 'Кандидат',
      universityId: v.universityId ?? null,
      visibility: v.visibility ?? 'public',
      skills: v.skills ?? [],
      status: v.status ?? 'student',
      headline: v.headline ?? null,
      about: v.about ?? null,
      program: v.program ?? null,
      city: v.city ?? null,
      prefersRegion: v.prefersRegion ?? false,
      openToRelocation: v.openToRelocation ?? false,
      openToRemote: v.openToRemote ?? false,
      source: v.userId ? 'self' : 'import',
    })
    .returning({ id: talentProfiles.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}
