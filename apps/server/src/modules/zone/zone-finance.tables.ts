import type { ParamStatus, ProportionalityStatus } from '@inohub/contracts/zone/benefits';
import type {
  CaseSeverity,
  CaseStatus,
  ComplianceFlag,
  CourtClaimant,
  DeliverableKind,
} from '@inohub/contracts/zone/compliance';
import type {
  Confidence,
  LandPlot,
  PropertyAsset,
  ReportKind,
  ReportStatus,
  Vehicle,
} from '@inohub/contracts/zone/reporting';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.tables.ts';
import { zoneLeases, zoneResidents, zones } from './zone.tables.ts';

/**
 * Part B of the SEZ module: effective-dated finance parameters (tax rates, exemption terms,
 * proportionality, compliance thresholds), resident reports and their reminders, the benefit
 * ledger, compliance cases and the inputs of flags T3, T4 and T7.
 */
const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

// Enums that cross the wire live in the contracts; re-exported here for the tables' users.
export type {
  CaseSeverity,
  CaseStatus,
  ComplianceFlag,
  Confidence,
  DeliverableKind,
  LandPlot,
  ParamStatus,
  PropertyAsset,
  ProportionalityStatus,
  ReportKind,
  ReportStatus,
  Vehicle,
};

// ───────────────────────────── effective-dated parameters ─────────────────────────────

/**
 * One version of one finance parameter (docs/domain/zone.md, "benefits"). `zone_id` null is the default for
 * every zone; a zone's own row wins. Exactly one value column is set; which one is given by the
 * parameter's definition (`benefits/params.ts`). `tier_from..tier_to` is the tax-period index k
 * (profit tax of residents) or 1..null. Only `approved` rows are used; a proposed value becomes
 * approved by a second zone administrator (four-eyes, enforced by a check constraint too).
 */
export const zoneFinanceParams = pgTable(
  'zone_finance_params',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id').references(() => zones.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    tierFrom: integer('tier_from').notNull().default(1),
    tierTo: integer('tier_to'),
    ratePercent: numeric('rate_percent', { precision: 7, scale: 4 }),
    amountKopecks: bigint('amount_kopecks', { mode: 'number' }),
    count: integer('count'),
    textValue: text('text_value'),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    status: text('status').$type<ParamStatus>().notNull().default('proposed'),
    source: text('source').notNull(),
    confidence: text('confidence').$type<Confidence>().notNull(),
    note: text('note'),
    proposedBy: text('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    approvedBy: text('approved_by').references(() => users.id, { onDelete: 'set null' }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('zone_finance_params_code_idx').on(t.code, t.zoneId, t.effectiveFrom),
    check(
      'zone_finance_params_status_check',
      sql`${t.status} in ('proposed','approved','superseded','rejected')`,
    ),
    check('zone_finance_params_confidence_check', sql`${t.confidence} in ('stated','unconfirmed')`),
    check(
      'zone_finance_params_one_value_check',
      sql`num_nonnulls(${t.ratePercent}, ${t.amountKopecks}, ${t.count}, ${t.textValue}) = 1`,
    ),
    check(
      'zone_finance_params_rate_check',
      sql`${t.ratePercent} is null or (${t.ratePercent} >= 0 and ${t.ratePercent} <= 100)`,
    ),
    check(
      'zone_finance_params_tier_check',
      sql`${t.tierFrom} >= 1 and (${t.tierTo} is null or ${t.tierTo} >= ${t.tierFrom})`,
    ),
    check(
      'zone_finance_params_dates_check',
      sql`${t.effectiveTo} is null or ${t.effectiveTo} > ${t.effectiveFrom}`,
    ),
    check(
      'zone_finance_params_four_eyes_check',
      sql`${t.approvedBy} is null or ${t.proposedBy} is null or ${t.approvedBy} <> ${t.proposedBy}`,
    ),
  ],
);

/** Per-zone reporting calendar (docs/domain/zone.md, "reporting calendar"), effective by the end date of the period reported. */
export const zoneReportingCalendars = pgTable(
  'zone_reporting_calendars',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id').references(() => zones.id, { onDelete: 'cascade' }),
    /** A quarterly report is due this many calendar days after the quarter's last day. */
    quarterlyDueDays: integer('quarterly_due_days').notNull(),
    /** The annual report for year Y is due on (Y+1)-month-day. */
    annualDueMonth: integer('annual_due_month').notNull(),
    annualDueDay: integer('annual_due_day').notNull(),
    /** Reminder stages: days before and after the due date. */
    remindBeforeDays: integer('remind_before_days').array().notNull().default(sql`'{}'::integer[]`),
    remindAfterDays: integer('remind_after_days').array().notNull().default(sql`'{}'::integer[]`),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    source: text('source').notNull(),
    confidence: text('confidence').$type<Confidence>().notNull(),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('zone_reporting_calendars_zone_idx').on(t.zoneId, t.effectiveFrom),
    check('zone_reporting_calendars_days_check', sql`${t.quarterlyDueDays} between 0 and 365`),
    check(
      'zone_reporting_calendars_annual_check',
      sql`${t.annualDueMonth} between 1 and 12 and ${t.annualDueDay} between 1 and 31`,
    ),
    check('zone_reporting_calendars_confidence_check', sql`${t.confidence} in ('stated','unconfirmed')`),
    check(
      'zone_reporting_calendars_dates_check',
      sql`${t.effectiveTo} is null or ${t.effectiveTo} > ${t.effectiveFrom}`,
    ),
  ],
);

// ───────────────────────────── reports ─────────────────────────────

/** One report obligation of one resident for one period, and the report itself. */
export const zoneReports = pgTable(
  'zone_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => zoneResidents.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ReportKind>().notNull(),
    /** `2025-Q3` or `2025`. */
    period: text('period').notNull(),
    year: integer('year').notNull(),
    quarter: integer('quarter'),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status').$type<ReportStatus>().notNull().default('due'),
    version: integer('version').notNull().default(1),
    // figures of the period (flows) or at its end (headcount)
    headcount: integer('headcount'),
    newJobs: integer('new_jobs'),
    avgMonthlyWageKopecks: bigint('avg_monthly_wage_kopecks', { mode: 'number' }),
    revenueKopecks: bigint('revenue_kopecks', { mode: 'number' }),
    /** Revenue from technology-innovation (TVT) activity: flag T2. */
    tvtRevenueKopecks: bigint('tvt_revenue_kopecks', { mode: 'number' }),
    investmentKopecks: bigint('investment_kopecks', { mode: 'number' }),
    capexKopecks: bigint('capex_kopecks', { mode: 'number' }),
    rndKopecks: bigint('rnd_kopecks', { mode: 'number' }),
    exportsKopecks: bigint('exports_kopecks', { mode: 'number' }),
    taxesPaidKopecks: bigint('taxes_paid_kopecks', { mode: 'number' }),
    benefitsUsedKopecks: bigint('benefits_used_kopecks', { mode: 'number' }),
    // tax bases of the benefit ledger (annual report)
    sezProfitBaseKopecks: bigint('sez_profit_base_kopecks', { mode: 'number' }),
    payrollUnderCapKopecks: bigint('payroll_under_cap_kopecks', { mode: 'number' }),
    payrollAboveCapKopecks: bigint('payroll_above_cap_kopecks', { mode: 'number' }),
    propertyAssets: jsonb('property_assets').$type<PropertyAsset[]>().notNull().default([]),
    landPlots: jsonb('land_plots').$type<LandPlot[]>().notNull().default([]),
    vehicles: jsonb('vehicles').$type<Vehicle[]>().notNull().default([]),
    comment: text('comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: text('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: text('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewComment: text('review_comment'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('zone_reports_resident_period_unique').on(t.residentId, t.period),
    index('zone_reports_due_idx').on(t.status, t.dueOn),
    index('zone_reports_resident_year_idx').on(t.residentId, t.year),
    check('zone_reports_kind_check', sql`${t.kind} in ('quarterly','annual')`),
    check('zone_reports_status_check', sql`${t.status} in ('due','draft','submitted','accepted','returned')`),
    check(
      'zone_reports_quarter_check',
      sql`(${t.kind} = 'quarterly' and ${t.quarter} between 1 and 4) or (${t.kind} = 'annual' and ${t.quarter} is null)`,
    ),
    check(
      'zone_reports_dates_check',
      sql`${t.periodEnd} >= ${t.periodStart} and ${t.dueOn} >= ${t.periodEnd}`,
    ),
    check(
      'zone_reports_nonneg_check',
      sql`coalesce(${t.headcount}, 0) >= 0 and coalesce(${t.avgMonthlyWageKopecks}, 0) >= 0 and coalesce(${t.revenueKopecks}, 0) >= 0 and coalesce(${t.capexKopecks}, 0) >= 0 and coalesce(${t.rndKopecks}, 0) >= 0 and coalesce(${t.exportsKopecks}, 0) >= 0`,
    ),
  ],
);

/** One reminder stage sent for one report (idempotency of the reminder job). */
export const zoneReportReminders = pgTable(
  'zone_report_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => zoneReports.id, { onDelete: 'cascade' }),
    /** `before_7`, `after_1` … */
    stage: text('stage').notNull(),
    recipients: integer('recipients').notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex('zone_report_reminders_unique').on(t.reportId, t.stage)],
);

// ───────────────────────────── benefit ledger ─────────────────────────────

/** Facts about a resident the profit-tax benefit needs; edited by a zone administrator. */
export const zoneResidentTaxProfiles = pgTable(
  'zone_resident_tax_profiles',
  {
    residentId: uuid('resident_id')
      .primaryKey()
      .references(() => zoneResidents.id, { onDelete: 'cascade' }),
    /** First year with income from SEZ activity: tax period k = Y − this + 1. */
    firstSezIncomeYear: integer('first_sez_income_year'),
    /** Separate accounting of SEZ income (required for the reduced profit-tax rate). */
    separateAccounting: boolean('separate_accounting').notNull().default(true),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    check(
      'zone_resident_tax_profiles_year_check',
      sql`${t.firstSezIncomeYear} is null or ${t.firstSezIncomeYear} between 2000 and 2100`,
    ),
  ],
);

/** A closed (frozen) ledger year of a resident: the figures as computed when the year was closed. */
export const zoneBenefitLedger = pgTable(
  'zone_benefit_ledger',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => zoneResidents.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    profitKopecks: bigint('profit_kopecks', { mode: 'number' }).notNull(),
    propertyKopecks: bigint('property_kopecks', { mode: 'number' }).notNull(),
    landKopecks: bigint('land_kopecks', { mode: 'number' }).notNull(),
    transportKopecks: bigint('transport_kopecks', { mode: 'number' }).notNull(),
    insuranceKopecks: bigint('insurance_kopecks', { mode: 'number' }).notNull(),
    totalKopecks: bigint('total_kopecks', { mode: 'number' }).notNull(),
    capexKopecks: bigint('capex_kopecks', { mode: 'number' }).notNull(),
    rndKopecks: bigint('rnd_kopecks', { mode: 'number' }).notNull(),
    status: text('status').$type<ProportionalityStatus>().notNull(),
    /** The whole computed entry (lines, rates used, proportionality window). */
    entry: jsonb('entry').$type<Record<string, unknown>>().notNull(),
    closedBy: text('closed_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('zone_benefit_ledger_unique').on(t.residentId, t.year),
    check(
      'zone_benefit_ledger_status_check',
      sql`${t.status} in ('not_applicable','compliant','breach','in_grace','suspended')`,
    ),
  ],
);

// ───────────────────────────── compliance ─────────────────────────────

/** A compliance flag raised for a resident and a period, worked by zone administrators. */
export const zoneComplianceCases = pgTable(
  'zone_compliance_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => zoneResidents.id, { onDelete: 'cascade' }),
    flag: text('flag').$type<ComplianceFlag>().notNull(),
    /** What the flag is about (a year, quarter, report, lease invoice …): one case per key. */
    subjectKey: text('subject_key').notNull(),
    severity: text('severity').$type<CaseSeverity>().notNull(),
    status: text('status').$type<CaseStatus>().notNull().default('open'),
    evidence: jsonb('evidence').$type<Record<string, unknown>>().notNull().default({}),
    assigneeId: text('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    lastEvaluatedAt: timestamp('last_evaluated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The flag no longer holds (e.g. the report was filed); the case stays for the record. */
    conditionClearedAt: timestamp('condition_cleared_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('zone_compliance_cases_unique').on(t.residentId, t.flag, t.subjectKey),
    index('zone_compliance_cases_status_idx').on(t.status, t.flag),
    check('zone_compliance_cases_flag_check', sql`${t.flag} in ('T1','T2','T3','T4','T5','T6','T7')`),
    check(
      'zone_compliance_cases_status_check',
      sql`${t.status} in ('open','acknowledged','resolved','dismissed')`,
    ),
    check(
      'zone_compliance_cases_severity_check',
      sql`${t.severity} in ('warning','breach_candidate','escalation','suspension','block')`,
    ),
  ],
);

export const zoneComplianceCaseEvents = pgTable(
  'zone_compliance_case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => zoneComplianceCases.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status').$type<CaseStatus>(),
    toStatus: text('to_status').$type<CaseStatus>(),
    comment: text('comment'),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('zone_compliance_case_events_case_idx').on(t.caseId, t.createdAt)],
);

/** Rent invoices of a lease and their payment (flag T4 lease arrears). */
export const zoneRentInvoices = pgTable(
  'zone_rent_invoices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => zoneLeases.id, { onDelete: 'cascade' }),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => zoneResidents.id, { onDelete: 'cascade' }),
    /** First day of the month billed. */
    periodMonth: date('period_month').notNull(),
    amountKopecks: bigint('amount_kopecks', { mode: 'number' }).notNull(),
    dueOn: date('due_on').notNull(),
    paidKopecks: bigint('paid_kopecks', { mode: 'number' }).notNull().default(0),
    paidOn: date('paid_on'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('zone_rent_invoices_unique').on(t.leaseId, t.periodMonth),
    index('zone_rent_invoices_resident_idx').on(t.residentId, t.dueOn),
    check('zone_rent_invoices_amount_check', sql`${t.amountKopecks} >= 0 and ${t.paidKopecks} >= 0`),
  ],
);

/** Project documentation and engineering surveys a resident owes by a date (flag T3). */
export const zoneProjectDeliverables = pgTable(
  'zone_project_deliverables',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => zoneResidents.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<DeliverableKind>().notNull(),
    title: text('title').notNull(),
    dueOn: date('due_on').notNull(),
    deliveredOn: date('delivered_on'),
    ...timestamps,
  },
  (t) => [
    index('zone_project_deliverables_resident_idx').on(t.residentId, t.dueOn),
    check(
      'zone_project_deliverables_kind_check',
      sql`${t.kind} in ('project_documentation','engineering_survey')`,
    ),
  ],
);

/** Court claims to terminate a resident's agreement (flag T7: amendments frozen while pending). */
export const zoneCourtClaims = pgTable(
  'zone_court_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => zoneResidents.id, { onDelete: 'cascade' }),
    claimant: text('claimant').$type<CourtClaimant>().notNull(),
    caseNumber: text('case_number').notNull(),
    filedOn: date('filed_on').notNull(),
    closedOn: date('closed_on'),
    outcome: text('outcome'),
    ...timestamps,
  },
  (t) => [
    index('zone_court_claims_resident_idx').on(t.residentId),
    check(
      'zone_court_claims_claimant_check',
      sql`${t.claimant} in ('management_company','ministry','other')`,
    ),
    check('zone_court_claims_dates_check', sql`${t.closedOn} is null or ${t.closedOn} >= ${t.filedOn}`),
  ],
);
