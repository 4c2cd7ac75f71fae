/** Shapes of the zone API (apps/server/src/modules/zone/**). Money in kopecks, dates `YYYY-MM-DD`. */

export const RESIDENT_STATUSES = ['registered', 'active', 'amendment_pending', 'terminated'] as const;
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];

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

export const TERMINATION_REASONS = ['by_agreement', 'by_court', 'liquidation', 'zone_end'] as const;
export type TerminationReason = (typeof TERMINATION_REASONS)[number];

export const UNIT_KINDS = ['office', 'lab', 'production'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const DOCUMENT_KINDS = [
  'charter',
  'state_registration',
  'tax_registration',
  'business_plan',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const FOCUS_AREAS = ['it_electronics', 'med_biotech', 'nano', 'materials', 'resource_saving'] as const;

export interface Zone {
  id: string;
  code: string;
  nameRu: string;
  nameEn: string;
  municipality: string;
  termStart: string;
  termEnd: string | null;
  descriptionRu: string | null;
  descriptionEn: string | null;
  verifiedAt: string | null;
}

export interface Media {
  id: string;
  kind: 'photo' | 'plan';
  url: string;
  captionRu: string | null;
  captionEn: string | null;
}

export interface Site {
  id: string;
  zoneId: string;
  code: string;
  nameRu: string;
  nameEn: string;
  addressRu: string | null;
  addressEn: string | null;
  areaHa: number | null;
  verifiedAt: string | null;
  media: Media[];
}

export interface ZoneDetail extends Zone {
  sites: Site[];
  media: Media[];
}

export interface Building {
  id: string;
  siteId: string;
  code: string;
  nameRu: string;
  nameEn: string;
  addressRu: string | null;
  addressEn: string | null;
  floors: number | null;
  totalAreaM2: number | null;
}

export interface SiteDetail extends Site {
  buildings: Building[];
}

export interface Activity {
  code: string;
  nameRu: string;
  nameEn: string;
  isIt: boolean;
  focusArea: string | null;
  requiresCouncilDecision: boolean;
}

export interface Resident {
  id: string;
  zoneId: string;
  organizationId: string;
  name: string;
  nameEn: string | null;
  inn: string | null;
  siteId: string | null;
  siteNameRu: string | null;
  siteNameEn: string | null;
  activities: Array<{ code: string; nameRu: string; nameEn: string }>;
  since: string;
  status: ResidentStatus;
  registerNumber: string;
  certificateNumber: string;
  isIt: boolean;
  foreignCapital: boolean;
  verifiedAt: string | null;
}

export interface PlanYear {
  year: number;
  capexKopecks: number;
  rndKopecks: number;
  jobs: number;
  revenueKopecks: number;
}

export interface ResidentDetail extends Resident {
  agreementNumber: string | null;
  agreementDate: string | null;
  terminatedOn: string | null;
  terminatedReason: TerminationReason | null;
  plans: PlanYear[];
  premises: Array<{
    unitId: string;
    code: string;
    kind: UnitKind;
    areaM2: number;
    buildingNameRu: string;
    buildingNameEn: string;
    from: string;
    to: string;
  }>;
}

type Figures = Omit<PlanYear, 'year'>;

export interface ZoneStats {
  residents: { total: number; current: number };
  byStatus: Array<{ status: string; count: number }>;
  byYearOfAdmission: Array<{ year: number; count: number }>;
  itShare: number;
  foreignCapitalShare: number;
  /** plan and fact cover the residents whose business plan has the year; allResidents counts everyone. */
  jobs: { year: number; plan: number; fact: number | null; allResidents: number | null };
  factsAvailable: boolean;
  planVsFact: Array<{
    year: number;
    residentsWithPlan: number;
    residentsReporting: number;
    /** The year is not closed: some facts come from the quarterly reports filed so far. */
    partial: boolean;
    plan: Figures;
    fact: Figures | null;
    jobsAllResidents: number | null;
  }>;
}

export interface Vacancy {
  id: string;
  code: string;
  kind: UnitKind;
  areaM2: number;
  floor: number;
  monthlyRatePerM2Kopecks: number;
  monthlyRentKopecks: number;
  currency: string;
  buildingId: string;
  buildingNameRu: string;
  buildingNameEn: string;
  siteId: string;
  siteNameRu: string;
  siteNameEn: string;
}

export interface Occupancy {
  buildingId: string;
  onDate: string;
  totalAreaM2: number;
  leasedAreaM2: number;
  occupancyRate: number;
  units: Array<{
    unitId: string;
    code: string;
    kind: UnitKind;
    floor: number;
    areaM2: number;
    state: 'leased' | 'held' | 'vacant' | 'out_of_service';
    lease: { id: string; residentId: string; organizationName: string; from: string; to: string } | null;
  }>;
}

export interface Lease {
  id: string;
  unitId: string;
  residentId: string;
  startDate: string;
  endDate: string;
  monthlyRatePerM2Kopecks: number;
  monthlyRentKopecks: number;
  currency: string;
  status: 'active' | 'terminated';
  createdAt: string;
  /** In lists: the unit the lease is for. */
  unit?: {
    code: string;
    kind: UnitKind;
    floor: number;
    areaM2: number;
    buildingNameRu: string;
    buildingNameEn: string;
  } | null;
}

export interface RuleResult {
  code: string;
  enabled: boolean;
  mandatory: boolean;
  passed: boolean;
  messageKey: string;
  messageRu: string;
  messageEn: string;
  details?: Record<string, unknown>;
}

export interface Utilities {
  powerKw: number | null;
  waterM3PerDay: number | null;
  gasM3PerHour: number | null;
}

export interface Application {
  id: string;
  zoneId: string;
  organizationId: string;
  state: ApplicationState;
  version: number;
  activityDescription: string | null;
  declaredActivities: string[];
  focusArea: string | null;
  requestedUnitIds: string[];
  requestedAreaM2: number | null;
  requestedLandHa: number | null;
  requestedUnitKind: UnitKind | null;
  investmentPlan: PlanYear[];
  utilities: Utilities;
  proportionalityAcknowledged: boolean;
  eligibility: RuleResult[] | null;
  stateEnteredAt: string;
  stateDueOn: string | null;
  overdue: boolean;
  submittedAt: string | null;
  agreementNumber: string | null;
  agreementDate: string | null;
  residentId: string | null;
  terminationReason: TerminationReason | null;
  createdAt: string;
  updatedAt: string;
}

export interface ApplicationListItem extends Application {
  organizationName: string;
  organizationNameEn: string | null;
  approvalsInStage: string[];
}

export interface ApplicationDocument {
  id: string;
  kind: DocumentKind;
  fileId: string;
  url: string;
  createdAt: string;
}

export interface ApplicationEvent {
  id: string;
  action: string;
  fromState: string | null;
  toState: string;
  actorId: string | null;
  comment: string | null;
  createdAt: string;
}

export interface ApplicationDetail extends Application {
  organizationName: string;
  allowedActions: ApplicationAction[];
  documents: ApplicationDocument[];
  history: ApplicationEvent[];
  /** Administrators who approved in the current stage and round. */
  approvalsInStage: string[];
  approvals: Array<{
    stage: string;
    round: number;
    adminId: string;
    comment: string | null;
    createdAt: string;
  }>;
}

export type DraftPatch = Partial<
  Pick<
    Application,
    | 'activityDescription'
    | 'declaredActivities'
    | 'focusArea'
    | 'requestedUnitIds'
    | 'requestedAreaM2'
    | 'requestedLandHa'
    | 'requestedUnitKind'
    | 'investmentPlan'
    | 'utilities'
    | 'proportionalityAcknowledged'
  >
>;

export interface ActionBody {
  comment?: string;
  reason?: TerminationReason;
  agreementNumber?: string;
  agreementDate?: string;
  registerNumber?: string;
  certificateNumber?: string;
  since?: string;
  siteId?: string;
}

export interface Hold {
  id: string;
  unitId: string;
  applicationId: string;
  from: string;
  to: string;
  expiresAt: string;
  releasedAt: string | null;
  active: boolean;
}

// ── part B: reporting, ledger, compliance

export const REPORT_STATUSES = ['due', 'draft', 'submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Figures of the report form, in kopecks or people; `null` = not filled in. */
export const REPORT_MONEY_FIELDS = [
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
export const REPORT_COUNT_FIELDS = ['headcount', 'newJobs'] as const;
export const REPORT_ANNUAL_FIELDS = [
  'sezProfitBaseKopecks',
  'payrollUnderCapKopecks',
  'payrollAboveCapKopecks',
] as const;
export type ReportNumberField =
  | (typeof REPORT_MONEY_FIELDS)[number]
  | (typeof REPORT_COUNT_FIELDS)[number]
  | (typeof REPORT_ANNUAL_FIELDS)[number];

export interface Report extends Record<ReportNumberField, number | null> {
  id: string;
  residentId: string;
  kind: 'quarterly' | 'annual';
  period: string;
  year: number;
  quarter: number | null;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  status: ReportStatus;
  overdue: boolean;
  version: number;
  propertyAssets: unknown[];
  landPlots: unknown[];
  vehicles: unknown[];
  comment: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
}

export interface PlanFactRow {
  year: number;
  /** The business plan has this year; otherwise `planned` is zeros and shown as "—". */
  hasPlan: boolean;
  planned: Figures;
  actual: Figures | null;
  factsSource: 'annual' | 'quarterly' | null;
  attainment: { capex: number | null; rnd: number | null; jobs: number | null; revenue: number | null };
}

export const TAXES = ['profit', 'property', 'land', 'transport', 'insurance'] as const;
export const PROPORTIONALITY_STATUSES = [
  'not_applicable',
  'compliant',
  'breach',
  'in_grace',
  'suspended',
] as const;
export type ProportionalityStatus = (typeof PROPORTIONALITY_STATUSES)[number];

export interface LedgerEntry {
  residentId: string;
  organizationId: string;
  organizationName: string;
  year: number;
  provisional: boolean;
  closedAt: string | null;
  hasAnnualReport: boolean;
  lines: Array<{
    tax: (typeof TAXES)[number];
    base: number;
    standardPercent: number | null;
    residentPercent: number | null;
    saving: number;
    applied: number;
  }>;
  totals: { potential: number; applied: number };
  commitments: {
    plannedCapexKopecks: number;
    plannedRndKopecks: number;
    actualCapexKopecks: number;
    actualRndKopecks: number;
  };
  proportionality: {
    status: ProportionalityStatus;
    inGrace: boolean;
    graceUntil: string | null;
    suspendNextPeriod: boolean;
    window: { fromYear: number; benefits: number; investments: number } | null;
  };
  /** The parameter values the year was computed with ('missing' when none was in force). */
  rates: Array<{
    code: string;
    kind: 'percent' | 'kopecks' | 'count' | 'text';
    nameRu: string;
    nameEn: string;
    tier: number | null;
    value: string;
    source: string;
    confidence: 'stated' | 'unconfirmed';
  }>;
}

export interface LedgerSummary {
  year: number;
  items: LedgerEntry[];
  totals: {
    appliedKopecks: number;
    potentialKopecks: number;
    capexKopecks: number;
    rndKopecks: number;
    byStatus: Record<string, number>;
  };
}

export const COMPLIANCE_FLAGS = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'] as const;
export const CASE_STATUSES = ['open', 'acknowledged', 'resolved', 'dismissed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_SEVERITIES = ['warning', 'breach_candidate', 'escalation', 'suspension', 'block'] as const;

export interface ComplianceCase {
  id: string;
  residentId: string;
  flag: (typeof COMPLIANCE_FLAGS)[number];
  subjectKey: string;
  severity: (typeof CASE_SEVERITIES)[number];
  status: CaseStatus;
  evidence: Record<string, unknown>;
  assigneeId: string | null;
  lastEvaluatedAt: string;
  conditionClearedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  organizationId: string;
  organizationName: string;
  registerNumber: string;
}
