import { z } from 'zod';
import { booleanParam, DateStr, Kopecks, PageQuery, pageOf, Uuid } from '../common.ts';

// Resident reporting: the reporting calendar, report obligations and forms, plan vs fact
// (docs/domain/zone.md, "reporting calendar").

/** Whether a stated figure was checked against a source (`stated`) or still awaits it. */
export const CONFIDENCES = ['stated', 'unconfirmed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
export const ConfidenceSchema = z.enum(CONFIDENCES);

export const REPORT_KINDS = ['quarterly', 'annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const ReportKindSchema = z.enum(REPORT_KINDS);

/** `due`: the obligation exists, nothing saved yet. */
export const REPORT_STATUSES = ['due', 'draft', 'submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const ReportStatusSchema = z.enum(REPORT_STATUSES);

/** Where a year's facts come from: the annual report, or the quarterly ones summed. */
export const FACTS_SOURCES = ['annual', 'quarterly'] as const;
export type FactsSource = (typeof FACTS_SOURCES)[number];
export const FactsSourceSchema = z.enum(FACTS_SOURCES);

export const ReportParams = z.object({ reportId: Uuid }).strict();
export const ResidentParams = z.object({ residentId: Uuid }).strict();

// ── calendar

export const CalendarView = z.object({
  id: z.string(),
  zoneId: z.string().nullable(),
  quarterlyDueDays: z.number(),
  annualDueMonth: z.number(),
  annualDueDay: z.number(),
  remindBeforeDays: z.array(z.number()),
  remindAfterDays: z.array(z.number()),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  source: z.string(),
  confidence: ConfidenceSchema,
});
export type CalendarView = z.infer<typeof CalendarView>;

export const CalendarListQuery = z.object({ zoneId: Uuid.optional() }).strict();

const Days = z.array(z.number().int().min(1).max(366)).max(10);
export const CalendarBody = z
  .object({
    zoneId: Uuid.nullable().default(null),
    quarterlyDueDays: z.number().int().min(0).max(365),
    annualDueMonth: z.number().int().min(1).max(12),
    annualDueDay: z.number().int().min(1).max(31),
    remindBeforeDays: Days,
    remindAfterDays: Days,
    effectiveFrom: DateStr,
    source: z.string().trim().min(1).max(1000),
    confidence: ConfidenceSchema,
  })
  .strict();
export type CalendarInput = z.infer<typeof CalendarBody>;

// ── obligations

export const ObligationsBody = z
  .object({ period: z.string().regex(/^\d{4}(-Q[1-4])?$/), zoneId: Uuid.optional() })
  .strict();
export type ObligationsBody = z.infer<typeof ObligationsBody>;
export const ObligationsResult = z.object({ period: z.string(), created: z.number(), existing: z.number() });
export type ObligationsResult = z.infer<typeof ObligationsResult>;

// ── the report form

const Count = z.number().int().min(0).max(10_000_000);
/** Profit can be a loss. */
const SignedKopecks = z.number().int().min(-9_000_000_000_000_000).max(9_000_000_000_000_000);

export const PropertyAssetSchema = z
  .object({
    name: z.string().trim().min(1).max(300),
    /** Date the asset was registered (put on the balance sheet); starts its exemption. */
    registeredOn: DateStr,
    /** Average annual value for property tax, kopecks. */
    avgValueKopecks: Kopecks,
    /** Created or acquired for SEZ activity, located in the SEZ and used there. */
    eligible: z.boolean(),
  })
  .strict();
export type PropertyAsset = z.infer<typeof PropertyAssetSchema>;

export const LandPlotSchema = z
  .object({
    cadastralNumber: z.string().trim().min(1).max(60),
    ownedSince: DateStr,
    cadastralValueKopecks: Kopecks,
  })
  .strict();
export type LandPlot = z.infer<typeof LandPlotSchema>;

export const VehicleSchema = z
  .object({
    name: z.string().trim().min(1).max(300),
    registeredOn: DateStr,
    /** Transport tax that would be due for the full year without the exemption, kopecks. */
    annualTaxKopecks: Kopecks,
  })
  .strict();
export type Vehicle = z.infer<typeof VehicleSchema>;

/** The report form; every field optional in a draft (nullable clears it). */
export const ReportFields = {
  headcount: Count.nullable(),
  newJobs: z.number().int().min(-10_000_000).max(10_000_000).nullable(),
  avgMonthlyWageKopecks: Kopecks.nullable(),
  revenueKopecks: Kopecks.nullable(),
  tvtRevenueKopecks: Kopecks.nullable(),
  investmentKopecks: Kopecks.nullable(),
  capexKopecks: Kopecks.nullable(),
  rndKopecks: Kopecks.nullable(),
  exportsKopecks: Kopecks.nullable(),
  taxesPaidKopecks: Kopecks.nullable(),
  benefitsUsedKopecks: Kopecks.nullable(),
  sezProfitBaseKopecks: SignedKopecks.nullable(),
  payrollUnderCapKopecks: Kopecks.nullable(),
  payrollAboveCapKopecks: Kopecks.nullable(),
  propertyAssets: z.array(PropertyAssetSchema).max(500),
  landPlots: z.array(LandPlotSchema).max(100),
  vehicles: z.array(VehicleSchema).max(500),
  comment: z.string().max(5000).nullable(),
};

/** The tax bases of the benefit ledger: only the annual report has them. */
export const ANNUAL_ONLY_FIELDS = [
  'sezProfitBaseKopecks',
  'payrollUnderCapKopecks',
  'payrollAboveCapKopecks',
] as const;

export const ReportDraftBody = z
  .object(ReportFields)
  .partial()
  .extend({
    /** Optimistic concurrency: the version the form was loaded with. */
    version: z.number().int().min(1).optional(),
  })
  .strict();
export type ReportDraft = z.infer<typeof ReportDraftBody>;

export const ReportSubmitBody = z.object({}).strict().nullish();

export const REVIEW_DECISIONS = ['accept', 'return'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const ReportReviewBody = z
  .object({
    decision: z.enum(REVIEW_DECISIONS),
    comment: z.string().trim().max(5000).nullable().default(null),
  })
  .strict();
export type ReportReviewBody = z.infer<typeof ReportReviewBody>;

export const ReportView = z.object({
  id: z.string(),
  residentId: z.string(),
  kind: ReportKindSchema,
  period: z.string(),
  year: z.number(),
  quarter: z.number().nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  dueOn: z.string(),
  status: ReportStatusSchema,
  overdue: z.boolean(),
  /** The report's state lets the resident's members still change and submit it. */
  editable: z.boolean(),
  version: z.number(),
  headcount: z.number().nullable(),
  newJobs: z.number().nullable(),
  avgMonthlyWageKopecks: z.number().nullable(),
  revenueKopecks: z.number().nullable(),
  tvtRevenueKopecks: z.number().nullable(),
  investmentKopecks: z.number().nullable(),
  capexKopecks: z.number().nullable(),
  rndKopecks: z.number().nullable(),
  exportsKopecks: z.number().nullable(),
  taxesPaidKopecks: z.number().nullable(),
  benefitsUsedKopecks: z.number().nullable(),
  sezProfitBaseKopecks: z.number().nullable(),
  payrollUnderCapKopecks: z.number().nullable(),
  payrollAboveCapKopecks: z.number().nullable(),
  propertyAssets: z.array(PropertyAssetSchema),
  landPlots: z.array(LandPlotSchema),
  vehicles: z.array(VehicleSchema),
  comment: z.string().nullable(),
  submittedAt: z.date().nullable(),
  reviewedAt: z.date().nullable(),
  reviewComment: z.string().nullable(),
});
export type ReportView = z.infer<typeof ReportView>;

export const ReportListItem = ReportView.extend({ organizationId: z.string(), organizationName: z.string() });
export type ReportListItem = z.infer<typeof ReportListItem>;
export const ReportPage = pageOf(ReportListItem);
export type ReportPage = z.infer<typeof ReportPage>;

export const ReportListQuery = z
  .object({
    zoneId: Uuid.optional(),
    residentId: Uuid.optional(),
    period: z.string().max(10).optional(),
    status: ReportStatusSchema.optional(),
    overdue: booleanParam.optional(),
    ...PageQuery,
  })
  .strict();
export type ReportListQuery = z.infer<typeof ReportListQuery>;

export const ResidentReportsView = z.object({ overdue: z.boolean(), items: z.array(ReportView) });
export type ResidentReportsView = z.infer<typeof ResidentReportsView>;

// ── plan vs fact

const Money = z.number();
const Figures = z.object({
  capexKopecks: Money,
  rndKopecks: Money,
  jobs: z.number(),
  revenueKopecks: Money,
});

export const PlanFactRow = z.object({
  year: z.number(),
  /** The business plan has this year (otherwise `planned` holds zeros). */
  hasPlan: z.boolean(),
  planned: Figures,
  actual: Figures.nullable(),
  factsSource: FactsSourceSchema.nullable(),
  /** actual / planned (4 decimals); null when nothing was planned or nothing reported. */
  attainment: z.object({
    capex: z.number().nullable(),
    rnd: z.number().nullable(),
    jobs: z.number().nullable(),
    revenue: z.number().nullable(),
  }),
  cumulative: z.object({
    plannedCapexKopecks: Money,
    actualCapexKopecks: Money,
    capex: z.number().nullable(),
    plannedRndKopecks: Money,
    actualRndKopecks: Money,
    rnd: z.number().nullable(),
    plannedRevenueKopecks: Money,
    actualRevenueKopecks: Money,
    revenue: z.number().nullable(),
  }),
});
export type PlanFactRow = z.infer<typeof PlanFactRow>;

export const PlanVsFactView = z.object({ residentId: z.string(), years: z.array(PlanFactRow) });
export type PlanVsFactView = z.infer<typeof PlanVsFactView>;
