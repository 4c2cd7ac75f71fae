import { z } from 'zod';
import { PageQuery, pageOf, Uuid } from '../common.ts';
import { ApplicationStageSchema } from './enums.ts';
import { OpportunitySummary } from './opportunities.ts';
import { ProfileSummary } from './profiles.ts';

// Applications to postings and the recruiter's board (docs/domain/talent.md, "Applications").

/**
 * `POST /api/talent/opportunities/:opportunityId/applications` — apply with a cover note; the CV is
 * the profile's at the moment of applying (a copy the employer keeps even if the profile changes).
 */
export const ApplyBody = z.object({ coverNote: z.string().trim().max(4000).optional() });

/** `POST /api/talent/applications/:applicationId/stage` — the recruiter moves it; `hired`, `rejected` are final. */
export const StageBody = z.object({
  stage: ApplicationStageSchema.exclude(['withdrawn']),
  note: z.string().trim().max(1000).optional(),
});

/** `POST /api/talent/applications/:applicationId/withdraw` — the student withdraws (final). */
export const WithdrawBody = z.object({ note: z.string().trim().max(1000).optional() });

export const ApplicationEventView = z.object({
  fromStage: ApplicationStageSchema.nullable(),
  toStage: ApplicationStageSchema,
  note: z.string().nullable(),
  /** The recruiter's or student's name; null for the system. */
  actorName: z.string().nullable(),
  createdAt: z.date(),
});

export const ApplicationView = z.object({
  id: z.string(),
  opportunity: OpportunitySummary,
  /** The applicant as the employer sees them: whatever the visibility, applying shares the profile with this employer. */
  applicant: ProfileSummary,
  coverNote: z.string().nullable(),
  cv: z.object({ fileName: z.string(), url: z.string() }).nullable(),
  stage: ApplicationStageSchema,
  stageChangedAt: z.date(),
  /** Stages the viewer may move it to now (recruiter: forward or reject; student: withdraw). */
  allowedStages: z.array(ApplicationStageSchema),
  history: z.array(ApplicationEventView),
  createdAt: z.date(),
});
export type ApplicationView = z.infer<typeof ApplicationView>;

export const ApplicationSummary = ApplicationView.pick({
  id: true,
  opportunity: true,
  applicant: true,
  stage: true,
  stageChangedAt: true,
  allowedStages: true,
  createdAt: true,
});
export type ApplicationSummary = z.infer<typeof ApplicationSummary>;

/** `GET /api/talent/applications/mine` — the student's own applications, newest first. */
export const MyApplicationsQuery = z.object({ ...PageQuery });
export const ApplicationPage = pageOf(ApplicationSummary);

/** `GET /api/talent/opportunities/:opportunityId/board` — the recruiter's board: applications by stage. */
export const BoardView = z.object({
  opportunity: OpportunitySummary,
  columns: z.array(z.object({ stage: ApplicationStageSchema, applications: z.array(ApplicationSummary) })),
});
export type BoardView = z.infer<typeof BoardView>;

export const ApplicationParams = z.object({ applicationId: Uuid });
