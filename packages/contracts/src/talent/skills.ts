import { z } from 'zod';

// The skills taxonomy (docs/domain/talent.md, "Skills").

/** A skill code: lower-case latin, digits and dashes, e.g. `python`, `pcb-design`, `custom-1c-erp`. */
export const SkillCode = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/);

/**
 * The groups of the curated taxonomy, in the order a picker shows them; free additions go to
 * `other`. `erp` is 1C and its kin, the accounting systems Russian employers run on.
 */
export const SKILL_CATEGORIES = [
  'programming',
  'data',
  'web',
  'infrastructure',
  'electronics',
  'radio',
  'energy',
  'biomed',
  'science',
  'business',
  'erp',
  'design',
  'other',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export const SkillView = z.object({
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  category: z.string(),
  isCustom: z.boolean(),
});
export type SkillView = z.infer<typeof SkillView>;

/** `GET /api/talent/skills?q=` — the taxonomy, or the skills whose Russian or English name matches. */
export const SkillQuery = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(500),
});

/**
 * `POST /api/talent/skills` — a skill the taxonomy lacks: 201 with the new skill (code `custom-…`,
 * transliterated from the name), or 200 with the existing one when a name matches either language's
 * name case-insensitively.
 */
export const SkillBody = z
  .object({
    nameRu: z.string().trim().min(1).max(80).optional(),
    nameEn: z.string().trim().min(1).max(80).optional(),
  })
  .refine((b) => b.nameRu || b.nameEn, { message: 'Name the skill in Russian or English', path: ['nameRu'] });

export const SkillList = z.array(SkillView);
