import { ANNUAL_ONLY_FIELDS, type ReportKind, type ReportStatus } from '@inohub/contracts/zone/reporting';

// Rules of a report's life (docs/domain/zone.md, "reporting calendar"): which states the resident
// still owes it in, which are on record, what must be filled in before it is submitted.

/** Statuses in which the resident still owes the report (overdue once the due date has passed). */
export const OPEN_REPORT_STATUSES: readonly ReportStatus[] = ['due', 'draft', 'returned'];
/** Statuses whose figures count as reported facts. */
export const SUBMITTED_STATUSES: readonly ReportStatus[] = ['submitted', 'accepted'];
/** Statuses in which the resident's members may change and submit the report. */
export const EDITABLE_STATUSES: readonly ReportStatus[] = ['due', 'draft', 'returned'];

export const isOverdue = (r: { status: ReportStatus; dueOn: string }, today: string) =>
  OPEN_REPORT_STATUSES.includes(r.status) && r.dueOn < today;
export const isEditable = (status: ReportStatus) => EDITABLE_STATUSES.includes(status);
export const isSubmitted = (status: ReportStatus) => SUBMITTED_STATUSES.includes(status);

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
export const REQUIRED_ANNUAL = ANNUAL_ONLY_FIELDS;

type RequiredField = (typeof REQUIRED_ALWAYS)[number] | (typeof REQUIRED_ANNUAL)[number];

/** The required figures a report of `kind` still lacks, in the order of the form. */
export function missingFigures(
  kind: ReportKind,
  figures: Partial<Record<RequiredField, number | null | undefined>>,
): RequiredField[] {
  const required: readonly RequiredField[] =
    kind === 'annual' ? [...REQUIRED_ALWAYS, ...REQUIRED_ANNUAL] : REQUIRED_ALWAYS;
  return required.filter((k) => figures[k] === null || figures[k] === undefined);
}

/** Tax bases set in a quarterly report's draft: they belong to the annual report only. */
export function misplacedAnnualFields(
  kind: ReportKind,
  draft: Partial<Record<(typeof ANNUAL_ONLY_FIELDS)[number], number | null | undefined>>,
): Array<(typeof ANNUAL_ONLY_FIELDS)[number]> {
  if (kind !== 'quarterly') return [];
  return ANNUAL_ONLY_FIELDS.filter((k) => draft[k] !== undefined && draft[k] !== null);
}
