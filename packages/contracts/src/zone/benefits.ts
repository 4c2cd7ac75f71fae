import { z } from 'zod';
import { DateStr, Uuid } from '../common.ts';
import { ConfidenceSchema, FactsSourceSchema } from './reporting.ts';

// The tax-benefit ledger of residents and the effective-dated finance parameters it is computed
// with (docs/domain/zone.md, "benefits" and "proportionality").

/** Every finance parameter the zone knows; what each holds is defined on the server (benefits/params.ts). */
export const FINANCE_PARAM_CODES = [
  'profit_fed_std',
  'profit_reg_std',
  'profit_fed_res',
  'profit_reg_res',
  'property_rate',
  'property_exemption_years',
  'land_rate',
  'land_exemption_years',
  'transport_exemption_years',
  'ins_std',
  'ins_std_above_cap',
  'ins_res',
  'ins_res_above_cap',
  'ins_cap',
  'proportionality_test',
  'proportionality_grace_years',
  't1_capex_tolerance',
  't1_persistent_years',
  't2_quarters',
  't4_arrears_days',
  't5_grace_days',
] as const;
export type ParamCode = (typeof FINANCE_PARAM_CODES)[number];
export const ParamCodeSchema = z.enum(FINANCE_PARAM_CODES);

/** The one value column a parameter uses. */
export const PARAM_KINDS = ['percent', 'kopecks', 'count', 'text'] as const;
export type ParamKind = (typeof PARAM_KINDS)[number];
export const ParamKindSchema = z.enum(PARAM_KINDS);

/** A proposed value takes effect when a second zone administrator approves it (four-eyes). */
export const PARAM_STATUSES = ['proposed', 'approved', 'superseded', 'rejected'] as const;
export type ParamStatus = (typeof PARAM_STATUSES)[number];
export const ParamStatusSchema = z.enum(PARAM_STATUSES);

export const TAXES = ['profit', 'property', 'land', 'transport', 'insurance'] as const;
export type Tax = (typeof TAXES)[number];
export const TaxSchema = z.enum(TAXES);

export const PROPORTIONALITY_STATUSES = [
  'not_applicable',
  'compliant',
  'breach',
  'in_grace',
  'suspended',
] as const;
export type ProportionalityStatus = (typeof PROPORTIONALITY_STATUSES)[number];
export const ProportionalityStatusSchema = z.enum(PROPORTIONALITY_STATUSES);
/** The outcome of one year's test (`suspended` is a consequence of the previous year's, not a test outcome). */
export const ProportionalityTestSchema = z.enum(['not_applicable', 'compliant', 'breach', 'in_grace']);
export type ProportionalityTest = z.infer<typeof ProportionalityTestSchema>;
export const PROPORTIONALITY_MODES = ['period', 'cumulative'] as const;
export type ProportionalityMode = (typeof PROPORTIONALITY_MODES)[number];
export const ProportionalityModeSchema = z.enum(PROPORTIONALITY_MODES);

const Year = z.coerce.number().int().min(2000).max(2100);
const Percent = z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, 'a percent with at most 4 decimals, e.g. 13.5');

// ── finance parameters

export const ParamParams = z.object({ paramId: Uuid }).strict();

export const ParamVersionView = z.object({
  id: z.string(),
  zoneId: z.string().nullable(),
  code: z.string(),
  tierFrom: z.number(),
  tierTo: z.number().nullable(),
  ratePercent: z.string().nullable(),
  amountKopecks: z.number().nullable(),
  count: z.number().nullable(),
  textValue: z.string().nullable(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  status: ParamStatusSchema,
  source: z.string(),
  confidence: ConfidenceSchema,
  note: z.string().nullable(),
  proposedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.date().nullable(),
  updatedAt: z.date(),
});
export type ParamVersionView = z.infer<typeof ParamVersionView>;

export const ParamDefinitionView = z.object({
  code: ParamCodeSchema,
  kind: ParamKindSchema,
  tiered: z.boolean(),
  en: z.string(),
  ru: z.string(),
});
export type ParamDefinitionView = z.infer<typeof ParamDefinitionView>;

export const ParamListQuery = z
  .object({
    zoneId: Uuid.optional(),
    code: z.string().max(60).optional(),
    status: ParamStatusSchema.optional(),
    on: DateStr.optional(),
  })
  .strict();
export type ParamListQuery = z.infer<typeof ParamListQuery>;

export const ParamListView = z.object({
  definitions: z.array(ParamDefinitionView),
  items: z.array(ParamVersionView),
});
export type ParamListView = z.infer<typeof ParamListView>;

/** A new version of a parameter; exactly the value column of the parameter's kind is set. */
export const ParamBody = z
  .object({
    zoneId: Uuid.nullable().default(null),
    code: ParamCodeSchema,
    tierFrom: z.number().int().min(1).max(100).default(1),
    tierTo: z.number().int().min(1).max(100).nullable().default(null),
    ratePercent: Percent.nullable().optional(),
    amountKopecks: z.number().int().min(0).max(9_000_000_000_000_000).nullable().optional(),
    count: z.number().int().min(0).max(1000).nullable().optional(),
    textValue: z.string().trim().min(1).max(100).nullable().optional(),
    effectiveFrom: DateStr,
    effectiveTo: DateStr.nullable().default(null),
    source: z.string().trim().min(1).max(1000),
    confidence: ConfidenceSchema,
    note: z.string().max(2000).nullable().optional(),
  })
  .strict();
export type ParamProposal = z.infer<typeof ParamBody>;

export const PARAM_DECISIONS = ['approve', 'reject'] as const;
export type ParamDecision = (typeof PARAM_DECISIONS)[number];
export const ParamDecisionBody = z
  .object({
    decision: z.enum(PARAM_DECISIONS),
    comment: z.string().max(2000).nullable().default(null),
  })
  .strict();
export type ParamDecisionBody = z.infer<typeof ParamDecisionBody>;

/** Source, confidence and note only: values change through a new version. */
export const ParamAnnotateBody = z
  .object({
    source: z.string().trim().min(1).max(1000).optional(),
    confidence: ConfidenceSchema.optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict();
export type ParamAnnotation = z.infer<typeof ParamAnnotateBody>;

// ── tax profile of a resident

export const TaxProfileView = z.object({
  residentId: z.string(),
  firstSezIncomeYear: z.number().nullable(),
  separateAccounting: z.boolean(),
});
export type TaxProfileView = z.infer<typeof TaxProfileView>;

export const TaxProfileBody = z
  .object({
    firstSezIncomeYear: z.number().int().min(2000).max(2100).nullable(),
    separateAccounting: z.boolean(),
  })
  .strict();
export type TaxProfileInput = z.infer<typeof TaxProfileBody>;

// ── ledger

export const LedgerLineView = z.object({
  tax: TaxSchema,
  base: z.number(),
  standardPercent: z.number().nullable(),
  residentPercent: z.number().nullable(),
  saving: z.number(),
  applied: z.number(),
  detail: z.record(z.string(), z.unknown()),
});
export type LedgerLine = z.infer<typeof LedgerLineView>;

/** A parameter version a ledger year used, so that an administrator sees which values to check. */
export const LedgerRateView = z.object({
  code: z.string(),
  kind: ParamKindSchema,
  nameRu: z.string(),
  nameEn: z.string(),
  tier: z.number().nullable(),
  value: z.string(),
  source: z.string(),
  confidence: ConfidenceSchema,
});
export type LedgerRate = z.infer<typeof LedgerRateView>;

export const LedgerEntryView = z.object({
  residentId: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  year: z.number(),
  /** true: computed now from reports and rates; false: the frozen figures of a closed year. */
  provisional: z.boolean(),
  closedAt: z.string().nullable(),
  hasAnnualReport: z.boolean(),
  firstSezIncomeYear: z.number().nullable(),
  taxPeriodIndex: z.number().nullable(),
  lines: z.array(LedgerLineView),
  totals: z.object({ potential: z.number(), applied: z.number() }),
  commitments: z.object({
    plannedCapexKopecks: z.number(),
    plannedRndKopecks: z.number(),
    actualCapexKopecks: z.number(),
    actualRndKopecks: z.number(),
    factsSource: FactsSourceSchema.nullable(),
  }),
  proportionality: z.object({
    status: ProportionalityStatusSchema,
    test: ProportionalityTestSchema,
    mode: ProportionalityModeSchema.nullable(),
    inGrace: z.boolean(),
    graceUntil: z.string().nullable(),
    suspendNextPeriod: z.boolean(),
    window: z.object({ fromYear: z.number(), benefits: z.number(), investments: z.number() }).nullable(),
  }),
  rates: z.array(LedgerRateView),
});
export type LedgerEntry = z.infer<typeof LedgerEntryView>;

export const ResidentLedgerQuery = z.object({ year: Year }).strict();
export const LedgerQuery = z.object({ year: Year, zoneId: Uuid.optional() }).strict();
export type LedgerQuery = z.infer<typeof LedgerQuery>;

export const LedgerSummaryView = z.object({
  year: z.number(),
  items: z.array(LedgerEntryView),
  totals: z.object({
    appliedKopecks: z.number(),
    potentialKopecks: z.number(),
    capexKopecks: z.number(),
    rndKopecks: z.number(),
    byStatus: z.record(z.string(), z.number()),
  }),
});
export type LedgerSummaryView = z.infer<typeof LedgerSummaryView>;

export const LedgerCloseBody = z
  .object({ year: z.number().int().min(2000).max(2100), zoneId: Uuid.optional() })
  .strict();
export type LedgerCloseBody = z.infer<typeof LedgerCloseBody>;
export const LedgerCloseResult = z.object({ closed: z.number(), alreadyClosed: z.number() });
export type LedgerCloseResult = z.infer<typeof LedgerCloseResult>;
