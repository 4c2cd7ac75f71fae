import { z } from 'zod';
import { DateStr, Kopecks, PageQuery, pageOf, Uuid } from '../common.ts';

// Compliance flags T1–T7 of residents, the case queue zone administrators work, and the inputs of
// flags T3, T4 and T7 (docs/domain/zone.md, "compliance flags").

export const COMPLIANCE_FLAGS = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'] as const;
export type ComplianceFlag = (typeof COMPLIANCE_FLAGS)[number];
export const ComplianceFlagSchema = z.enum(COMPLIANCE_FLAGS);

export const CASE_STATUSES = ['open', 'acknowledged', 'resolved', 'dismissed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CaseStatusSchema = z.enum(CASE_STATUSES);

export const CASE_SEVERITIES = ['warning', 'breach_candidate', 'escalation', 'suspension', 'block'] as const;
export type CaseSeverity = (typeof CASE_SEVERITIES)[number];
export const CaseSeveritySchema = z.enum(CASE_SEVERITIES);

export const DELIVERABLE_KINDS = ['project_documentation', 'engineering_survey'] as const;
export type DeliverableKind = (typeof DELIVERABLE_KINDS)[number];
export const DeliverableKindSchema = z.enum(DELIVERABLE_KINDS);

export const COURT_CLAIMANTS = ['management_company', 'ministry', 'other'] as const;
export type CourtClaimant = (typeof COURT_CLAIMANTS)[number];
export const CourtClaimantSchema = z.enum(COURT_CLAIMANTS);

export const CaseParams = z.object({ caseId: Uuid }).strict();
export const ClaimParams = z.object({ claimId: Uuid }).strict();
export const DeliverableParams = z.object({ deliverableId: Uuid }).strict();
export const InvoiceParams = z.object({ invoiceId: Uuid }).strict();

// ── evaluation

export const EvaluateBody = z.object({ zoneId: Uuid.optional(), today: DateStr.optional() }).strict();
export type EvaluateBody = z.infer<typeof EvaluateBody>;
export const EvaluationResult = z.object({
  residents: z.number(),
  raised: z.number(),
  opened: z.number(),
  cleared: z.number(),
});
export type EvaluationResult = z.infer<typeof EvaluationResult>;

// ── cases

export const CaseView = z.object({
  id: z.string(),
  residentId: z.string(),
  flag: ComplianceFlagSchema,
  subjectKey: z.string(),
  severity: CaseSeveritySchema,
  status: CaseStatusSchema,
  /** The statuses the case may move to from its current one. */
  allowedStatuses: z.array(CaseStatusSchema),
  evidence: z.record(z.string(), z.unknown()),
  assigneeId: z.string().nullable(),
  lastEvaluatedAt: z.date(),
  conditionClearedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type CaseView = z.infer<typeof CaseView>;

export const CaseListItem = CaseView.extend({
  organizationId: z.string(),
  organizationName: z.string(),
  registerNumber: z.string(),
});
export type CaseListItem = z.infer<typeof CaseListItem>;
export const CasePage = pageOf(CaseListItem);
export type CasePage = z.infer<typeof CasePage>;

export const CaseEventView = z.object({
  id: z.string(),
  action: z.string(),
  fromStatus: CaseStatusSchema.nullable(),
  toStatus: CaseStatusSchema.nullable(),
  comment: z.string().nullable(),
  actorId: z.string().nullable(),
  createdAt: z.date(),
});
export type CaseEventView = z.infer<typeof CaseEventView>;

export const CaseDetail = CaseView.extend({ events: z.array(CaseEventView) });
export type CaseDetail = z.infer<typeof CaseDetail>;

export const CaseListQuery = z
  .object({
    zoneId: Uuid.optional(),
    residentId: Uuid.optional(),
    flag: ComplianceFlagSchema.optional(),
    status: CaseStatusSchema.optional(),
    assigneeId: z.string().max(100).optional(),
    ...PageQuery,
  })
  .strict();
export type CaseListQuery = z.infer<typeof CaseListQuery>;

const Comment = z.string().trim().min(1).max(5000);
export const CaseStatusBody = z.object({ status: CaseStatusSchema, comment: Comment }).strict();
export type CaseStatusBody = z.infer<typeof CaseStatusBody>;
export const CaseAssignBody = z
  .object({
    assigneeId: z.string().min(1).max(100).nullable(),
    comment: z.string().max(5000).nullable().default(null),
  })
  .strict();
export type CaseAssignBody = z.infer<typeof CaseAssignBody>;

// ── inputs of T3 (deliverables), T4 (rent invoices), T7 (court claims)

export const CourtClaimView = z.object({
  id: z.string(),
  residentId: z.string(),
  claimant: CourtClaimantSchema,
  caseNumber: z.string(),
  filedOn: z.string(),
  closedOn: z.string().nullable(),
  outcome: z.string().nullable(),
});
export type CourtClaimView = z.infer<typeof CourtClaimView>;
export const CourtClaimBody = z
  .object({
    claimant: CourtClaimantSchema,
    caseNumber: z.string().trim().min(1).max(100),
    filedOn: DateStr,
  })
  .strict();
export type CourtClaimInput = z.infer<typeof CourtClaimBody>;
export const CourtClaimCloseBody = z
  .object({ closedOn: DateStr, outcome: z.string().trim().min(1).max(2000) })
  .strict();
export type CourtClaimClose = z.infer<typeof CourtClaimCloseBody>;

export const DeliverableView = z.object({
  id: z.string(),
  residentId: z.string(),
  kind: DeliverableKindSchema,
  title: z.string(),
  dueOn: z.string(),
  deliveredOn: z.string().nullable(),
});
export type DeliverableView = z.infer<typeof DeliverableView>;
export const DeliverableBody = z
  .object({
    kind: DeliverableKindSchema,
    title: z.string().trim().min(1).max(300),
    dueOn: DateStr,
  })
  .strict();
export type DeliverableInput = z.infer<typeof DeliverableBody>;
export const DeliveredBody = z.object({ deliveredOn: DateStr }).strict();

export const InvoiceView = z.object({
  id: z.string(),
  leaseId: z.string(),
  residentId: z.string(),
  periodMonth: z.string(),
  amountKopecks: z.number(),
  dueOn: z.string(),
  paidKopecks: z.number(),
  paidOn: z.string().nullable(),
});
export type InvoiceView = z.infer<typeof InvoiceView>;
export const RentInvoiceBody = z
  .object({
    leaseId: Uuid,
    periodMonth: DateStr.refine((d) => d.endsWith('-01'), 'first day of a month'),
    dueOn: DateStr,
    /** Defaults to the lease's monthly rent. */
    amountKopecks: Kopecks.optional(),
  })
  .strict();
export type RentInvoiceInput = z.infer<typeof RentInvoiceBody>;
export const RentPaymentBody = z
  .object({ paidOn: DateStr, amountKopecks: Kopecks.refine((n) => n > 0, 'must be positive') })
  .strict();
export type RentPaymentInput = z.infer<typeof RentPaymentBody>;

export const ComplianceInputsView = z.object({
  deliverables: z.array(DeliverableView),
  courtClaims: z.array(CourtClaimView),
  rentInvoices: z.array(InvoiceView),
});
export type ComplianceInputsView = z.infer<typeof ComplianceInputsView>;
