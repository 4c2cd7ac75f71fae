import type { SkillView } from '@inohub/contracts/talent/skills';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, type FieldError } from '../../../lib/errors.ts';
import { talentSkills } from '../talent.tables.ts';

/** The taxonomy entries of these codes, by code. */
export async function skillViews(db: Db, codes: Iterable<string>): Promise<Map<string, SkillView>> {
  const list = [...new Set(codes)];
  if (list.length === 0) return new Map();
  const rows = await db
    .select({
      code: talentSkills.code,
      nameRu: talentSkills.nameRu,
      nameEn: talentSkills.nameEn,
      category: talentSkills.category,
      isCustom: talentSkills.isCustom,
    })
    .from(talentSkills)
    .where(inArray(talentSkills.code, list));
  return new Map(rows.map((r) => [r.code, r]));
}

/** Codes as views, in the posting's order; a code that left the taxonomy is skipped. */
export const viewsOf = (codes: readonly string[], skills: Map<string, SkillView>): SkillView[] =>
  codes.flatMap((c) => {
    const s = skills.get(c);
    return s ? [s] : [];
  });

/**
 * Every skill a posting names must be in the taxonomy (a recruiter adds a missing one through the
 * skills feature first), so that recommendations compare like with like. 400 names each bad entry.
 */
export async function assertSkillsExist(
  db: Db,
  lists: { requiredSkills?: readonly string[]; niceSkills?: readonly string[] },
): Promise<void> {
  const known = await skillViews(db, [...(lists.requiredSkills ?? []), ...(lists.niceSkills ?? [])]);
  const errors: FieldError[] = [];
  for (const field of ['requiredSkills', 'niceSkills'] as const)
    (lists[field] ?? []).forEach((code, i) => {
      if (!known.has(code))
        errors.push({
          field: `body.${field}.${i}`,
          message: `is not a known skill: ${code}`,
          code: 'talent.unknown_skill',
        });
    });
  if (errors.length > 0)
    throw new AppError('invalid', 'talent.unknown_skill', 'A skill is not in the taxonomy', errors);
}
