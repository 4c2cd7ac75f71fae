import { z } from 'zod';
import { booleanParam, DateStr, Kopecks, PageQuery, pageOf, Uuid } from '../common.ts';
import { RuleResultView } from './eligibility.ts';
import { UnitKindSchema } from './space.ts';

// Residency applications: the workflow of docs/domain/zone.md, "State machine", from the draft
// to the register of residents.

export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'supervisory_board_review',
  'revision_requested',
  'expert_council_review',
  'approved',
  'agreement_signed',
  'registered',
  'active',
  'amendment_pending',
  'terminated',
  'rejected',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];
export const ApplicationStateSchema = z.enum(APPLICATION_STATES);

export const APPLICATION_ACTIONS = [
  'submit',
  'accept_for_review',
  'request_revision',
  'approve',
  'reject',
  'sign_agreement',
  'register',
  'activate',
  'request_amendment',
  'decline_amendment',
  'terminate',
  'withdraw',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];
export const ApplicationActionSchema = z.enum(APPLICATION_ACTIONS);

/** States whose decision is taken by four-eyes approval (two distinct zone administrators). */
export const APPROVAL_STAGES = [
  'supervisory_board_review',
  'expert_council_review',
  'amendment_pending',
] as const;
export type ApprovalStage = (typeof APPROVAL_STAGES)[number];
/** How many distinct zone administrators decide a four-eyes stage (docs/domain/zone.md, "Four-eyes rule"). */
export const APPROVALS_PER_STAGE = 2;

export const TERMINATION_REASONS = ['by_agreement', 'by_court', 'liquidation', 'zone_end'] as const;
export type TerminationReason = (typeof TERMINATION_REASONS)[number];
export const TerminationReasonSchema = z.enum(TERMINATION_REASONS);

export const APPLICATION_DOCUMENT_KINDS = [
  'charter',
  'state_registration',
  'tax_registration',
  'business_plan',
  'other',
] as const;
export type ApplicationDocumentKind = (typeof APPLICATION_DOCUMENT_KINDS)[number];
export const ApplicationDocumentKindSchema = z.enum(APPLICATION_DOCUMENT_KINDS);

// ── requests

/** One year of the business plan as the applicant enters it. */
export const PlanYear = z
  .object({
    year: z.number().int().min(2000).max(2100),
    capexKopecks: Kopecks,
    rndKopecks: Kopecks,
    jobs: z.number().int().min(0).max(1_000_000),
    revenueKopecks: Kopecks,
  })
  .strict();
export type PlanYear = z.infer<typeof PlanYear>;

export const CreateApplicationBody = z.object({ zoneId: Uuid, organizationId: Uuid }).strict();
export type CreateApplicationBody = z.infer<typeof CreateApplicationBody>;

/** Autosave of the draft: every field optional, the same patch twice changes nothing. */
export const DraftBody = z
  .object({
    activityDescription: z.string().max(20_000).nullable().optional(),
    declaredActivities: z
      .array(z.string().regex(/^[\w.-]{1,40}$/))
      .max(50)
      .optional(),
    focusArea: z.string().max(60).nullable().optional(),
    requestedUnitIds: z.array(Uuid).max(50).optional(),
    requestedAreaM2: z.number().positive().max(1_000_000).nullable().optional(),
    requestedLandHa: z.number().positive().max(10_000).nullable().optional(),
    requestedUnitKind: UnitKindSchema.nullable().optional(),
    investmentPlan: z
      .array(PlanYear)
      .max(50)
      .refine((l) => new Set(l.map((p) => p.year)).size === l.length, 'One row per year')
      .optional(),
    utilities: z
      .object({
        powerKw: z.number().min(0).max(1_000_000).nullable().optional(),
        waterM3PerDay: z.number().min(0).max(1_000_000).nullable().optional(),
        gasM3PerHour: z.number().min(0).max(1_000_000).nullable().optional(),
      })
      .strict()
      .optional(),
    proportionalityAcknowledged: z.boolean().optional(),
  })
  .strict();
export type DraftBody = z.infer<typeof DraftBody>;

/** Body of a workflow action; which fields an action needs is checked by the server. */
export const ActionBody = z
  .object({
    comment: z.string().trim().max(5000).optional(),
    /** terminate: the ground (required). */
    reason: TerminationReasonSchema.optional(),
    /** sign_agreement: number and date (both required). */
    agreementNumber: z.string().trim().min(1).max(100).optional(),
    agreementDate: DateStr.optional(),
    /** register: numbers and date of entry (generated when left out) and the site. */
    registerNumber: z.string().trim().min(1).max(100).optional(),
    certificateNumber: z.string().trim().min(1).max(100).optional(),
    since: DateStr.optional(),
    siteId: Uuid.optional(),
  })
  .strict();
export type ActionBody = z.infer<typeof ActionBody>;

export const ApplicationParams = z.object({ id: Uuid }).strict();
export type ApplicationParams = z.infer<typeof ApplicationParams>;

export const ActionParams = z.object({ id: Uuid, action: ApplicationActionSchema }).strict();
export type ActionParams = z.infer<typeof ActionParams>;

export const DocumentParams = z.object({ id: Uuid, documentId: Uuid }).strict();
export type DocumentParams = z.infer<typeof DocumentParams>;

export const DocumentUploadQuery = z.object({ kind: ApplicationDocumentKindSchema }).strict();
export type DocumentUploadQuery = z.infer<typeof DocumentUploadQuery>;

export const MyApplicationsQuery = z.object({ ...PageQuery }).strict();
export type MyApplicationsQuery = z.infer<typeof MyApplicationsQuery>;

export const ReviewQueueQuery = z
  .object({
    zoneId: Uuid.optional(),
    state: z
      .enum([...APPLICATION_STATES, 'awaiting', 'all'])
      .default('awaiting')
      .describe(
        'awaiting: every state waiting for a zone administrator (default); all: every state but draft',
      ),
    overdue: booleanParam.optional(),
    ...PageQuery,
  })
  .strict();
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>;

// ── responses

export const PlanYearView = z.object({
  year: z.number(),
  capexKopecks: z.number(),
  rndKopecks: z.number(),
  jobs: z.number(),
  revenueKopecks: z.number(),
});
export type PlanYearView = z.infer<typeof PlanYearView>;

export const UtilitiesView = z.object({
  powerKw: z.number().nullable(),
  waterM3PerDay: z.number().nullable(),
  gasM3PerHour: z.number().nullable(),
});
export type UtilitiesView = z.infer<typeof UtilitiesView>;

export const ApplicationView = z.object({
  id: z.string(),
  zoneId: z.string(),
  organizationId: z.string(),
  state: ApplicationStateSchema,
  version: z.number(),
  /** The viewer may edit the draft now: a member of the applicant, in an editable state. */
  editable: z.boolean(),
  activityDescription: z.string().nullable(),
  declaredActivities: z.array(z.string()),
  focusArea: z.string().nullable(),
  requestedUnitIds: z.array(z.string()),
  requestedAreaM2: z.number().nullable(),
  requestedLandHa: z.number().nullable(),
  requestedUnitKind: UnitKindSchema.nullable(),
  investmentPlan: z.array(PlanYearView),
  utilities: UtilitiesView,
  proportionalityAcknowledged: z.boolean(),
  eligibility: z.array(RuleResultView).nullable(),
  stateEnteredAt: z.date(),
  stateDueOn: z.string().nullable(),
  /** The SLA due date of the current state has passed (in Tomsk). */
  overdue: z.boolean(),
  submittedAt: z.date().nullable(),
  agreementNumber: z.string().nullable(),
  agreementDate: z.string().nullable(),
  residentId: z.string().nullable(),
  terminationReason: TerminationReasonSchema.nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ApplicationView = z.infer<typeof ApplicationView>;

export const DocumentView = z.object({
  id: z.string(),
  kind: ApplicationDocumentKindSchema,
  fileId: z.string(),
  url: z.string(),
  createdAt: z.date(),
});
export type DocumentView = z.infer<typeof DocumentView>;

export const EventView = z.object({
  id: z.string(),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  actorId: z.string().nullable(),
  comment: z.string().nullable(),
  createdAt: z.date(),
});
export type EventView = z.infer<typeof EventView>;

export const ApprovalView = z.object({
  stage: z.string(),
  round: z.number(),
  adminId: z.string(),
  comment: z.string().nullable(),
  createdAt: z.date(),
});
export type ApprovalView = z.infer<typeof ApprovalView>;

export const ApplicationDetailView = ApplicationView.extend({
  organizationName: z.string(),
  /** Actions the viewer may take now (an administrator who already approved waits for another). */
  allowedActions: z.array(ApplicationActionSchema),
  documents: z.array(DocumentView),
  history: z.array(EventView),
  approvals: z.array(ApprovalView),
  /** Administrators who approved in the current stage and round (four eyes: two are needed). */
  approvalsInStage: z.array(z.string()),
});
export type ApplicationDetailView = z.infer<typeof ApplicationDetailView>;

/** A row of the reviewer queue or of the applicant's own list. */
export const ApplicationListItem = ApplicationView.extend({
  organizationName: z.string(),
  organizationNameEn: z.string().nullable(),
  approvalsInStage: z.array(z.string()),
});
export type ApplicationListItem = z.infer<typeof ApplicationListItem>;

export const ApplicationPage = pageOf(ApplicationListItem);
export type ApplicationPage = z.infer<typeof ApplicationPage>;

export const ActionResultView = z.object({
  /** False when a four-eyes approval was recorded but the decision still needs a second one. */
  decided: z.boolean(),
  application: ApplicationView,
  eligibility: z.array(RuleResultView).optional(),
});
export type ActionResultView = z.infer<typeof ActionResultView>;

export const DocumentDeletedView = z.object({ deleted: z.literal(true) });
export type DocumentDeletedView = z.infer<typeof DocumentDeletedView>;
