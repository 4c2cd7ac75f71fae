import { z } from 'zod';
import { DateStr, Kopecks } from '../common.ts';
import { REPORT_KINDS, REPORT_STATUSES } from '../zone-finance.tables.ts';

const Count = z.number().int().min(0).max(10_000_000);
/** Profit can be a loss. */
const SignedKopecks = z.number().int().min(-9_000_000_000_000_000).max(9_000_000_000_000_000);

export const PropertyAssetSchema = z
  .object({
    name: z.string().trim().min(1).max(300),
    registeredOn: DateStr,
    avgValueKopecks: Kopecks,
    eligible: z.boolean(),
  })
  .strict();
export const LandPlotSchema = z
  .object({
    cadastralNumber: z.string().trim().min(1).max(60),
    ownedSince: DateStr,
    cadastralValueKopecks: Kopecks,
  })
  .strict();
export const VehicleSchema = z
  .object({ name: z.string().trim().min(1).max(300), registeredOn: DateStr, annualTaxKopecks: Kopecks })
  .strict();

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

export const ReportDraftBody = z
  .object(ReportFields)
  .partial()
  .extend({
    /** Optimistic concurrency: the version the form was loaded with. */
    version: z.number().int().min(1).optional(),
  })
  .strict();

export type ReportDraft = z.infer<typeof ReportDraftBody>;

/** Required to submit any report / additionally an annual one (the ledger's tax bases). */
export const REQUIRED_ALWAYS = [
  'headcount',
  'newJobs',
  'avgMonthlyWageKopecks',
  'revenueKopecks',
  'tvtRevenueKopecks',
  'investmentKopecks',
  'capexKopecks',
  'rndKopecks',
  'exportsKopecks',
  'taxesPaidKopecks',
  'benefitsUsedKopecks',
] as const;
export const REQUIRED_ANNUAL = [
  'sezProfitBaseKopecks',
  'payrollUnderCapKopecks',
  'payrollAboveCapKopecks',
] as const;

export const ReportView = z.object({
  id: z.string(),
  residentId: z.string(),
  kind: z.enum(REPORT_KINDS),
  period: z.string(),
  year: z.number(),
  quarter: z.number().nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  dueOn: z.string(),
  status: z.enum(REPORT_STATUSES),
  overdue: z.boolean(),
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
