import { z } from 'zod';
import { booleanParam, DateStr, PageQuery, pageOf, Uuid } from '../common.ts';
import { OpportunityKindSchema, OpportunityStatusSchema } from './enums.ts';
import { SkillCode, SkillView } from './skills.ts';

// Jobs and internships (docs/domain/talent.md, "Opportunities").

const roubles = z.number().int().min(0).max(100_000_000);

const OpportunityFields = z.object({
  organizationId: Uuid,
  kind: OpportunityKindSchema,
  titleRu: z.string().trim().min(3).max(200).nullable().default(null),
  titleEn: z.string().trim().min(3).max(200).nullable().default(null),
  descriptionRu: z.string().trim().max(10_000).nullable().default(null),
  descriptionEn: z.string().trim().max(10_000).nullable().default(null),
  requiredSkills: z.array(SkillCode).max(30).default([]),
  niceSkills: z.array(SkillCode).max(30).default([]),
  city: z.string().trim().max(100).nullable().default(null),
  remote: z.boolean().default(false),
  salaryFrom: roubles.nullable().default(null),
  salaryTo: roubles.nullable().default(null),
  positions: z.number().int().min(1).max(10_000).default(1),
  deadline: DateStr,
});

const titled = (b: { titleRu?: string | null; titleEn?: string | null }) => !!(b.titleRu || b.titleEn);
const salaryOrdered = (b: { salaryFrom?: number | null; salaryTo?: number | null }) =>
  b.salaryFrom == null || b.salaryTo == null || b.salaryTo >= b.salaryFrom;
const placed = (b: { city?: string | null; remote?: boolean }) => !!b.city || !!b.remote;

/** `POST /api/talent/opportunities` — a draft posting of one of the recruiter's companies. */
export const OpportunityBody = OpportunityFields.refine(titled, {
  message: 'Give a title in Russian or English',
  path: ['titleRu'],
})
  .refine(salaryOrdered, { message: 'The upper bound is below the lower one', path: ['salaryTo'] })
  .refine(placed, { message: 'Name a city or mark the work as remote', path: ['city'] });
export type OpportunityBody = z.infer<typeof OpportunityBody>;

/**
 * `PATCH /api/talent/opportunities/:opportunityId` — any field but the company; a field left out
 * stays as it is. (Written out rather than `.partial()` of the create body: zod 4 would fill the
 * create body's defaults into every absent field and so erase them.)
 */
export const OpportunityPatch = z
  .object({
    kind: OpportunityKindSchema,
    titleRu: z.string().trim().min(3).max(200).nullable(),
    titleEn: z.string().trim().min(3).max(200).nullable(),
    descriptionRu: z.string().trim().max(10_000).nullable(),
    descriptionEn: z.string().trim().max(10_000).nullable(),
    requiredSkills: z.array(SkillCode).max(30),
    niceSkills: z.array(SkillCode).max(30),
    city: z.string().trim().max(100).nullable(),
    remote: z.boolean(),
    salaryFrom: roubles.nullable(),
    salaryTo: roubles.nullable(),
    positions: z.number().int().min(1).max(10_000),
    deadline: DateStr,
  })
  .partial()
  .refine(salaryOrdered, { message: 'The upper bound is below the lower one', path: ['salaryTo'] });
export type OpportunityPatch = z.infer<typeof OpportunityPatch>;

/** `POST /api/talent/opportunities/:opportunityId/status` — publish, close or reopen as a draft. */
export const OpportunityStatusBody = z.object({ status: OpportunityStatusSchema });

export const EmployerRef = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  /** When a career office or the hub approved the employer ("verified on …"); null if not approved. */
  verifiedAt: z.date().nullable(),
});

export const OpportunityView = z.object({
  id: z.string(),
  employer: EmployerRef,
  kind: OpportunityKindSchema,
  titleRu: z.string().nullable(),
  titleEn: z.string().nullable(),
  descriptionRu: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  requiredSkills: z.array(SkillView),
  niceSkills: z.array(SkillView),
  city: z.string().nullable(),
  remote: z.boolean(),
  salaryFrom: z.number().int().nullable(),
  salaryTo: z.number().int().nullable(),
  positions: z.number().int(),
  deadline: z.string(),
  status: OpportunityStatusSchema,
  /** Published, employer approved and the deadline not passed: anyone can see and apply. */
  isOpen: z.boolean(),
  publishedAt: z.date().nullable(),
  /** For the employer's recruiters: edit, publish and see applications. */
  manageable: z.boolean(),
  /** For a signed-in student with a profile: whether they may apply, and their application if any. */
  myApplicationId: z.string().nullable(),
  canApply: z.boolean(),
  applicationCount: z.number().int().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type OpportunityView = z.infer<typeof OpportunityView>;

export const OpportunitySummary = OpportunityView.pick({
  id: true,
  employer: true,
  kind: true,
  titleRu: true,
  titleEn: true,
  requiredSkills: true,
  city: true,
  remote: true,
  salaryFrom: true,
  salaryTo: true,
  deadline: true,
  status: true,
  isOpen: true,
  publishedAt: true,
});
export type OpportunitySummary = z.infer<typeof OpportunitySummary>;

/**
 * `GET /api/talent/opportunities` — open postings (full-text `q` in Russian and English), or with
 * `organizationId` and `mine=true` a recruiter's company's postings in every status.
 */
export const OpportunityListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: OpportunityKindSchema.optional(),
  skill: z.string().max(64).optional(),
  city: z.string().max(100).optional(),
  remote: booleanParam.optional(),
  organizationId: Uuid.optional(),
  mine: booleanParam.optional(),
  ...PageQuery,
});
export const OpportunityPage = pageOf(OpportunitySummary);

export const OpportunityParams = z.object({ opportunityId: Uuid });
