import { z } from 'zod';
import { DateStr, Uuid } from '../common.ts';
import { GeoBucketSchema, OutcomeSourceSchema, OutcomeStatusSchema } from './enums.ts';

// Graduate outcomes and the yearly survey (docs/domain/talent.md, "Outcomes" and "Survey").

/**
 * What a graduate reports or a career office records. Employment statuses (`employed`,
 * `self_employed`, `entrepreneur`) need a place: a Russian region (ISO 3166-2, e.g. RU-TOM) or a
 * country other than Russia.
 */
export const OutcomeBody = z
  .object({
    status: OutcomeStatusSchema,
    employerName: z.string().trim().max(300).nullable().default(null),
    /** The employer when it is in the directory (a zone resident, a startup …). */
    employerOrganizationId: Uuid.nullable().default(null),
    city: z.string().trim().max(100).nullable().default(null),
    regionCode: z
      .string()
      .regex(/^RU-[A-Z]{2,3}$/)
      .nullable()
      .default(null),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .default('RU'),
    occupation: z.string().trim().max(200).nullable().default(null),
    inProfile: z.boolean().nullable().default(null),
    observedOn: DateStr,
  })
  .refine(
    (b) =>
      !['employed', 'self_employed', 'entrepreneur'].includes(b.status) ||
      (b.country === 'RU' ? b.regionCode !== null : true),
    { message: 'Say in which region of Russia the work is', path: ['regionCode'] },
  );
export type OutcomeBody = z.infer<typeof OutcomeBody>;

export const OutcomeView = z.object({
  id: z.string(),
  status: OutcomeStatusSchema,
  employerName: z.string().nullable(),
  employerOrganizationId: z.string().nullable(),
  city: z.string().nullable(),
  regionCode: z.string().nullable(),
  country: z.string(),
  geoBucket: GeoBucketSchema.nullable(),
  occupation: z.string().nullable(),
  inProfile: z.boolean().nullable(),
  observedOn: z.string(),
  source: OutcomeSourceSchema,
  createdAt: z.date(),
});
export type OutcomeView = z.infer<typeof OutcomeView>;
export const OutcomeList = z.array(OutcomeView);

export const ProfileOutcomesParams = z.object({ profileId: Uuid });
export const OutcomeParams = z.object({ outcomeId: Uuid });
export const OutcomeDeleted = z.object({ deleted: z.literal(true) });

/** Regions of Russia by ISO 3166-2 code with their names, for the region picker. */
export const RegionView = z.object({
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  bucket: GeoBucketSchema,
});
export const RegionList = z.array(RegionView);

// ── the yearly survey: a one-click link that needs no password

export const SurveyParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

/** `GET /api/talent/survey/:token` — who is asked (first name only), and whether it is still open. */
export const SurveyView = z.object({
  state: z.enum(['open', 'answered', 'expired']),
  firstName: z.string(),
  universityName: z.string().nullable(),
  universityNameEn: z.string().nullable(),
  graduationYear: z.number().int().nullable(),
  surveyYear: z.number().int(),
  /** The last outcome on record, to confirm in one click ("still there"). */
  lastOutcome: OutcomeView.nullable(),
  expiresAt: z.date(),
});
export type SurveyView = z.infer<typeof SurveyView>;

/** `POST /api/talent/survey/:token` — the answer: a new outcome, or "nothing changed" since the last one. */
export const SurveyAnswerBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unchanged') }),
  z.object({ kind: z.literal('outcome'), outcome: OutcomeBody }),
]);
export const SurveyAnswered = z.object({ state: z.literal('answered') });

/** `POST /api/talent/surveys` — send this year's survey now to the graduates of a university (the job does it every October). */
export const SurveySendBody = z.object({
  universityId: Uuid.optional(),
  surveyYear: z.number().int().min(2000).max(2100),
});
export const SurveySent = z.object({ invited: z.number().int(), alreadyInvited: z.number().int() });
