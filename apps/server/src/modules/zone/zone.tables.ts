import {
  APPLICATION_DOCUMENT_KINDS,
  APPLICATION_STATES,
  type ApplicationDocumentKind,
  type ApplicationState,
  type ApprovalStage,
  type PlanYear,
  TERMINATION_REASONS,
  type TerminationReason,
} from '@inohub/contracts/zone/applications';
import {
  ELIGIBILITY_RULE_CODES,
  type EligibilityRuleCode,
  type RuleResultView,
} from '@inohub/contracts/zone/eligibility';
import { LEASE_STATUSES, type LeaseStatus } from '@inohub/contracts/zone/leases';
import { RESIDENT_STATUSES, type ResidentStatus } from '@inohub/contracts/zone/register';
import {
  type MediaKind,
  type MediaObjectType,
  ZONE_TYPES,
  type ZoneType,
} from '@inohub/contracts/zone/sites';
import { UNIT_KINDS, UNIT_STATUSES, type UnitKind, type UnitStatus } from '@inohub/contracts/zone/space';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { storedFiles } from '../../lib/files/files.tables.ts';
import { organizations } from '../directory/directory.tables.ts';
import { users } from '../identity/identity.tables.ts';

/** PostgreSQL `daterange` as its text form, e.g. `[2026-01-01,2027-01-01)`. */
export const daterange = customType<{ data: string }>({ dataType: () => 'daterange' });

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

// ───────────────────────────── zones, sites, buildings, units ─────────────────────────────

export { ZONE_TYPES, type ZoneType };

export const zones = pgTable(
  'zones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable short code used in URLs and demo data, e.g. `tomsk`. */
    code: text('code').notNull().unique(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    type: text('type').$type<ZoneType>().notNull().default('technology_innovation'),
    /** Municipality a resident must be registered in (docs/domain/zone.md, "E2: registration municipality"), e.g. "г. Томск". */
    municipality: text('municipality').notNull(),
    /** Date of the government decree creating the zone. */
    establishedOn: date('established_on'),
    termStart: date('term_start').notNull(),
    termEnd: date('term_end'),
    descriptionRu: text('description_ru'),
    descriptionEn: text('description_en'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check('zones_type_check', sql`${t.type} in ('technology_innovation')`),
    check('zones_term_check', sql`${t.termEnd} is null or ${t.termEnd} > ${t.termStart}`),
  ],
);

export const zoneSites = pgTable(
  'zone_sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    addressRu: text('address_ru'),
    addressEn: text('address_en'),
    areaHa: numeric('area_ha', { precision: 10, scale: 2, mode: 'number' }),
    descriptionRu: text('description_ru'),
    descriptionEn: text('description_en'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('zone_sites_code_unique').on(t.zoneId, t.code),
    check('zone_sites_area_check', sql`${t.areaHa} is null or ${t.areaHa} > 0`),
  ],
);

export const zoneBuildings = pgTable(
  'zone_buildings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => zoneSites.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    addressRu: text('address_ru'),
    addressEn: text('address_en'),
    floors: integer('floors'),
    totalAreaM2: numeric('total_area_m2', { precision: 12, scale: 2, mode: 'number' }),
    commissionedYear: integer('commissioned_year'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('zone_buildings_code_unique').on(t.siteId, t.code),
    check('zone_buildings_floors_check', sql`${t.floors} is null or ${t.floors} > 0`),
  ],
);

// Enums that cross the wire live in the contracts; re-exported here for the tables' users.
export { UNIT_KINDS, UNIT_STATUSES, type UnitKind, type UnitStatus };

export const zoneUnits = pgTable(
  'zone_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => zoneBuildings.id, { onDelete: 'cascade' }),
    /** Room number as on the plan, e.g. `214`. */
    code: text('code').notNull(),
    kind: text('kind').$type<UnitKind>().notNull(),
    areaM2: numeric('area_m2', { precision: 10, scale: 2, mode: 'number' }).notNull(),
    /** Monthly rent per m², kopecks. */
    monthlyRatePerM2Kopecks: bigint('monthly_rate_per_m2_kopecks', { mode: 'number' }).notNull(),
    currency: text('currency').notNull().default('RUB'),
    floor: integer('floor').notNull().default(1),
    status: text('status').$type<UnitStatus>().notNull().default('available'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('zone_units_code_unique').on(t.buildingId, t.code),
    index('zone_units_kind_idx').on(t.kind, t.status),
    check('zone_units_kind_check', sql`${t.kind} in ('office','lab','production')`),
    check('zone_units_status_check', sql`${t.status} in ('available','out_of_service','withdrawn')`),
    check('zone_units_area_check', sql`${t.areaM2} > 0`),
    check('zone_units_rate_check', sql`${t.monthlyRatePerM2Kopecks} >= 0`),
  ],
);

/** Photos and plans of sites, buildings and units (files in the FileStore). */
export const zoneMedia = pgTable(
  'zone_media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    objectType: text('object_type').$type<MediaObjectType>().notNull(),
    objectId: uuid('object_id').notNull(),
    kind: text('kind').$type<MediaKind>().notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id, { onDelete: 'cascade' }),
    captionRu: text('caption_ru'),
    captionEn: text('caption_en'),
    uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('zone_media_object_idx').on(t.objectType, t.objectId),
    check('zone_media_object_check', sql`${t.objectType} in ('zone','site','building','unit')`),
    check('zone_media_kind_check', sql`${t.kind} in ('photo','plan')`),
  ],
);

// ───────────────────────────── effective-dated zone rules ─────────────────────────────

/** Activities permitted in a zone (docs/domain/zone.md, "E3: permitted activities"); effective-dated, edited by a zone administrator. */
export const zonePermittedActivities = pgTable(
  'zone_permitted_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    /** Counts towards the IT share in statistics. */
    isIt: boolean('is_it').notNull().default(false),
    /** Focus area for the optional rule E7 (it_electronics, med_biotech, nano, materials, resource_saving). */
    focusArea: text('focus_area'),
    /** Industrial production: allowed only by an expert-council decision. */
    requiresCouncilDecision: boolean('requires_council_decision').notNull().default(false),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    ...timestamps,
  },
  (t) => [
    index('zone_permitted_activities_idx').on(t.zoneId, t.code),
    check(
      'zone_permitted_activities_dates_check',
      sql`${t.effectiveTo} is null or ${t.effectiveTo} > ${t.effectiveFrom}`,
    ),
  ],
);

export { ELIGIBILITY_RULE_CODES, type EligibilityRuleCode };

/** Per-zone configuration of the eligibility rules E1–E7; effective-dated. */
export const zoneEligibilityRules = pgTable(
  'zone_eligibility_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'cascade' }),
    code: text('code').$type<EligibilityRuleCode>().notNull(),
    enabled: boolean('enabled').notNull().default(true),
    mandatory: boolean('mandatory').notNull().default(true),
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('zone_eligibility_rules_idx').on(t.zoneId, t.code),
    check('zone_eligibility_rules_code_check', sql`${t.code} in ('E1','E2','E3','E4','E5','E6','E7')`),
    check(
      'zone_eligibility_rules_dates_check',
      sql`${t.effectiveTo} is null or ${t.effectiveTo} > ${t.effectiveFrom}`,
    ),
  ],
);

/** SLA per application state, in working days; effective-dated per zone. */
export const zoneSlaRules = pgTable(
  'zone_sla_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'cascade' }),
    state: text('state').notNull(),
    workingDays: integer('working_days').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    ...timestamps,
  },
  (t) => [
    index('zone_sla_rules_idx').on(t.zoneId, t.state),
    check('zone_sla_rules_days_check', sql`${t.workingDays} > 0`),
    check(
      'zone_sla_rules_dates_check',
      sql`${t.effectiveTo} is null or ${t.effectiveTo} > ${t.effectiveFrom}`,
    ),
  ],
);

/** Exceptions to the Monday–Friday week (public holidays, moved working Saturdays). */
export const zoneCalendarDays = pgTable('zone_calendar_days', {
  day: date('day').primaryKey(),
  isWorking: boolean('is_working').notNull(),
  noteRu: text('note_ru'),
  noteEn: text('note_en'),
  ...timestamps,
});

// ───────────────────────────── applications ─────────────────────────────

export {
  APPLICATION_DOCUMENT_KINDS,
  APPLICATION_STATES,
  type ApplicationDocumentKind,
  type ApplicationState,
  TERMINATION_REASONS,
  type TerminationReason,
};
export type InvestmentPlanYear = PlanYear;
export type EligibilityOutcome = RuleResultView;

export const zoneApplications = pgTable(
  'zone_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    state: text('state').$type<ApplicationState>().notNull().default('draft'),
    /** Bumped on every write; the draft autosave and transitions compare it. */
    version: integer('version').notNull().default(1),
    activityDescription: text('activity_description'),
    declaredActivities: text('declared_activities').array().notNull().default(sql`'{}'::text[]`),
    focusArea: text('focus_area'),
    requestedUnitIds: uuid('requested_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    requestedAreaM2: numeric('requested_area_m2', { precision: 10, scale: 2, mode: 'number' }),
    requestedLandHa: numeric('requested_land_ha', { precision: 10, scale: 2, mode: 'number' }),
    requestedUnitKind: text('requested_unit_kind').$type<UnitKind>(),
    investmentPlan: jsonb('investment_plan').$type<InvestmentPlanYear[]>().notNull().default([]),
    powerKw: numeric('power_kw', { precision: 10, scale: 2, mode: 'number' }),
    waterM3PerDay: numeric('water_m3_per_day', { precision: 10, scale: 2, mode: 'number' }),
    gasM3PerHour: numeric('gas_m3_per_hour', { precision: 10, scale: 2, mode: 'number' }),
    /** Art. 56.1 proportionality covenant acknowledged (E6). */
    proportionalityAcknowledged: boolean('proportionality_acknowledged').notNull().default(false),
    /** The last eligibility evaluation, rule by rule. */
    eligibility: jsonb('eligibility').$type<EligibilityOutcome[]>(),
    stateEnteredAt: timestamp('state_entered_at', { withTimezone: true }).notNull().defaultNow(),
    /** SLA due date of the current state (working days from zone_sla_rules); null = no timer. */
    stateDueOn: date('state_due_on'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** The three-party agreement, recorded by the sign_agreement action. */
    agreementNumber: text('agreement_number'),
    agreementDate: date('agreement_date'),
    /** Set at registration (the resident created from this application). */
    residentId: uuid('resident_id'),
    terminationReason: text('termination_reason').$type<TerminationReason>(),
    ...timestamps,
  },
  (t) => [
    index('zone_applications_state_idx').on(t.zoneId, t.state),
    index('zone_applications_org_idx').on(t.organizationId),
    check(
      'zone_applications_state_check',
      sql`${t.state} in ('draft','submitted','supervisory_board_review','revision_requested','expert_council_review','approved','agreement_signed','registered','active','amendment_pending','terminated','rejected')`,
    ),
    check(
      'zone_applications_termination_check',
      sql`${t.terminationReason} is null or ${t.terminationReason} in ('by_agreement','by_court','liquidation','zone_end')`,
    ),
    check(
      'zone_applications_unit_kind_check',
      sql`${t.requestedUnitKind} is null or ${t.requestedUnitKind} in ('office','lab','production')`,
    ),
    check('zone_applications_area_check', sql`${t.requestedAreaM2} is null or ${t.requestedAreaM2} > 0`),
  ],
);

export const zoneApplicationDocuments = pgTable(
  'zone_application_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => zoneApplications.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ApplicationDocumentKind>().notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('zone_application_documents_app_idx').on(t.applicationId, t.kind),
    check(
      'zone_application_documents_kind_check',
      sql`${t.kind} in ('charter','state_registration','tax_registration','business_plan','other')`,
    ),
  ],
);

/** History of an application: one row per transition. */
export const zoneApplicationEvents = pgTable(
  'zone_application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => zoneApplications.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromState: text('from_state').$type<ApplicationState>(),
    toState: text('to_state').$type<ApplicationState>().notNull(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    comment: text('comment'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    ...timestamps,
  },
  (t) => [index('zone_application_events_app_idx').on(t.applicationId, t.createdAt)],
);

/** Four-eyes: one row per administrator per decision stage; the second distinct approval decides. */
export const zoneApplicationApprovals = pgTable(
  'zone_application_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => zoneApplications.id, { onDelete: 'cascade' }),
    /** The review state the approval was given in, plus a round so that a revision starts over. */
    stage: text('stage').$type<ApprovalStage>().notNull(),
    round: integer('round').notNull().default(1),
    adminId: text('admin_id')
      .notNull()
      .references(() => users.id),
    comment: text('comment'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('zone_application_approvals_unique').on(t.applicationId, t.stage, t.round, t.adminId),
    check(
      'zone_application_approvals_stage_check',
      sql`${t.stage} in ('supervisory_board_review','expert_council_review','amendment_pending')`,
    ),
  ],
);

// ───────────────────────────── residents ─────────────────────────────

export { RESIDENT_STATUSES, type ResidentStatus };

export const zoneResidents = pgTable(
  'zone_residents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    applicationId: uuid('application_id').references(() => zoneApplications.id, { onDelete: 'set null' }),
    siteId: uuid('site_id').references(() => zoneSites.id, { onDelete: 'set null' }),
    status: text('status').$type<ResidentStatus>().notNull().default('registered'),
    /** Entry number in the register of residents, e.g. `ТВ-0042`. */
    registerNumber: text('register_number').notNull(),
    certificateNumber: text('certificate_number').notNull(),
    agreementNumber: text('agreement_number'),
    agreementDate: date('agreement_date'),
    /** Date of entry in the register: resident since. */
    since: date('since').notNull(),
    activities: text('activities').array().notNull().default(sql`'{}'::text[]`),
    /** Snapshot of the organization's foreign-capital share at registration, 0–100. */
    foreignCapitalPercent: integer('foreign_capital_percent').notNull().default(0),
    isIt: boolean('is_it').notNull().default(false),
    terminatedOn: date('terminated_on'),
    terminatedReason: text('terminated_reason').$type<TerminationReason>(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('zone_residents_register_unique').on(t.zoneId, t.registerNumber),
    uniqueIndex('zone_residents_certificate_unique').on(t.zoneId, t.certificateNumber),
    uniqueIndex('zone_residents_current_unique')
      .on(t.zoneId, t.organizationId)
      .where(sql`${t.status} <> 'terminated'`),
    index('zone_residents_status_idx').on(t.zoneId, t.status),
    index('zone_residents_org_idx').on(t.organizationId),
    check(
      'zone_residents_status_check',
      sql`${t.status} in ('registered','active','amendment_pending','terminated')`,
    ),
    check(
      'zone_residents_termination_check',
      sql`(${t.status} = 'terminated') = (${t.terminatedOn} is not null and ${t.terminatedReason} in ('by_agreement','by_court','liquidation','zone_end'))`,
    ),
    check('zone_residents_foreign_check', sql`${t.foreignCapitalPercent} between 0 and 100`),
  ],
);

/** The agreement's business plan by year: committed capex, R&D, jobs, revenue. */
export const zoneResidentPlans = pgTable(
  'zone_resident_plans',
  {
    residentId: uuid('resident_id')
      .notNull()
      .references(() => zoneResidents.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    capexKopecks: bigint('capex_kopecks', { mode: 'number' }).notNull().default(0),
    rndKopecks: bigint('rnd_kopecks', { mode: 'number' }).notNull().default(0),
    jobs: integer('jobs').notNull().default(0),
    revenueKopecks: bigint('revenue_kopecks', { mode: 'number' }).notNull().default(0),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.residentId, t.year] }),
    check('zone_resident_plans_year_check', sql`${t.year} between 2000 and 2100`),
    check(
      'zone_resident_plans_nonneg_check',
      sql`${t.capexKopecks} >= 0 and ${t.rndKopecks} >= 0 and ${t.jobs} >= 0 and ${t.revenueKopecks} >= 0`,
    ),
  ],
);

// ───────────────────────────── space: holds and leases ─────────────────────────────

/** A unit held for an application while it is reviewed; ends at `expires_at` or on release. */
export const zoneUnitHolds = pgTable(
  'zone_unit_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => zoneUnits.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => zoneApplications.id, { onDelete: 'cascade' }),
    period: daterange('period').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('zone_unit_holds_unit_idx').on(t.unitId),
    index('zone_unit_holds_app_idx').on(t.applicationId),
  ],
);

export { LEASE_STATUSES, type LeaseStatus };

/** A lease of one unit by one resident; overlapping periods of one unit are excluded in SQL. */
export const zoneLeases = pgTable(
  'zone_leases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => zoneUnits.id),
    residentId: uuid('resident_id')
      .notNull()
      .references(() => zoneResidents.id),
    /** `[start, end)`; end = day after the last day of the lease. */
    period: daterange('period').notNull(),
    monthlyRatePerM2Kopecks: bigint('monthly_rate_per_m2_kopecks', { mode: 'number' }).notNull(),
    monthlyRentKopecks: bigint('monthly_rent_kopecks', { mode: 'number' }).notNull(),
    currency: text('currency').notNull().default('RUB'),
    status: text('status').$type<LeaseStatus>().notNull().default('active'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('zone_leases_resident_idx').on(t.residentId),
    index('zone_leases_unit_idx').on(t.unitId),
    check('zone_leases_status_check', sql`${t.status} in ('active','terminated')`),
    check('zone_leases_rate_check', sql`${t.monthlyRatePerM2Kopecks} >= 0 and ${t.monthlyRentKopecks} >= 0`),
    check(
      'zone_leases_period_check',
      sql`not isempty(${t.period}) and not lower_inf(${t.period}) and not upper_inf(${t.period})`,
    ),
  ],
);
