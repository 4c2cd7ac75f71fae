import { z } from 'zod';
import { Uuid } from '../common.ts';
import { OpportunitySummary } from './opportunities.ts';
import { ProfileSummary } from './profiles.ts';

// Recommendations both ways, each with its reasons (docs/domain/talent.md, "Recommendations").

/**
 * One reason a match was suggested, as a code and its numbers; the web words it in the reader's
 * language ("5 of 7 required skills", "prefers to stay in Tomsk", "studied at TUSUR").
 */
export const Reason = z.discriminatedUnion('code', [
  z.object({ code: z.literal('required_skills'), matched: z.number().int(), of: z.number().int() }),
  z.object({ code: z.literal('nice_skills'), matched: z.number().int(), of: z.number().int() }),
  z.object({ code: z.literal('text'), terms: z.array(z.string()) }),
  z.object({ code: z.literal('prefers_region'), city: z.string() }),
  z.object({ code: z.literal('same_city'), city: z.string() }),
  z.object({ code: z.literal('remote') }),
  z.object({ code: z.literal('open_to_relocation') }),
  z.object({
    code: z.literal('university'),
    universityName: z.string(),
    universityNameEn: z.string().nullable(),
  }),
  z.object({ code: z.literal('internship_for_student') }),
]);
export type Reason = z.infer<typeof Reason>;

/** The parts of the fit, each 0–1, and their weighted sum (docs/domain/talent.md, "Fit"). */
export const FitView = z.object({
  score: z.number(),
  skills: z.number(),
  text: z.number(),
  locality: z.number(),
});

export const RecommendedOpportunity = z.object({
  opportunity: OpportunitySummary,
  fit: FitView,
  reasons: z.array(Reason),
});
export const RecommendedCandidate = z.object({
  profile: ProfileSummary,
  fit: FitView,
  reasons: z.array(Reason),
});

/** `GET /api/talent/recommendations/opportunities` — for the signed-in student's profile. */
export const OpportunityRecommendations = z.object({ items: z.array(RecommendedOpportunity) });
/** `GET /api/talent/opportunities/:opportunityId/candidates` — for the posting's recruiters (approved employers only). */
export const CandidateRecommendations = z.object({ items: z.array(RecommendedCandidate) });

export const RecommendationQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(20) });
export const CandidateParams = z.object({ opportunityId: Uuid });
