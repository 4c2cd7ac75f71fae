import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { PersonalDataSpec } from '../../lib/privacy/personal-data.ts';
import {
  zoneApplicationApprovals,
  zoneApplicationDocuments,
  zoneApplicationEvents,
  zoneApplications,
  zoneEligibilityRules,
  zoneLeases,
  zoneMedia,
  zoneUnitHolds,
} from './zone.tables.ts';
import {
  zoneBenefitLedger,
  zoneComplianceCaseEvents,
  zoneFinanceParams,
  zoneProjectDeliverables,
  zoneReportingCalendars,
  zoneReports,
  zoneResidentTaxProfiles,
} from './zone-finance.tables.ts';

/**
 * The zone keeps companies' records; what is personal is who acted on them (who submitted a report,
 * approved an application, closed a ledger year). Kept as long as the record: it is the legal trail.
 */
const actedBy = (
  table: PgTable,
  column: PgColumn,
  key: string,
  context: string[],
  notPersonal?: Record<string, string>,
): PersonalDataSpec => ({
  table,
  subject: { by: 'user_id', column },
  fields: { [key]: { purpose: 'accountability', retention: 'record_lifetime' } },
  context,
  ...(notPersonal ? { notPersonal } : {}),
});

export const zonePersonalData: PersonalDataSpec[] = [
  actedBy(zoneApplications, zoneApplications.createdBy, 'createdBy', [
    'id',
    'organizationId',
    'state',
    'createdAt',
  ]),
  actedBy(zoneApplicationDocuments, zoneApplicationDocuments.uploadedBy, 'uploadedBy', [
    'applicationId',
    'kind',
    'createdAt',
  ]),
  actedBy(zoneApplicationEvents, zoneApplicationEvents.actorId, 'actorId', [
    'applicationId',
    'action',
    'createdAt',
  ]),
  actedBy(zoneApplicationApprovals, zoneApplicationApprovals.adminId, 'adminId', [
    'applicationId',
    'stage',
    'createdAt',
  ]),
  actedBy(zoneUnitHolds, zoneUnitHolds.createdBy, 'createdBy', ['unitId', 'applicationId', 'createdAt']),
  actedBy(zoneLeases, zoneLeases.createdBy, 'createdBy', ['id', 'unitId', 'residentId', 'createdAt']),
  actedBy(zoneMedia, zoneMedia.uploadedBy, 'uploadedBy', ['id', 'kind', 'createdAt']),
  actedBy(zoneEligibilityRules, zoneEligibilityRules.updatedBy, 'updatedBy', ['zoneId', 'code', 'updatedAt']),
  actedBy(zoneReports, zoneReports.submittedBy, 'submittedBy', ['id', 'residentId', 'period', 'submittedAt']),
  actedBy(zoneReports, zoneReports.reviewedBy, 'reviewedBy', ['id', 'residentId', 'period', 'reviewedAt']),
  actedBy(zoneFinanceParams, zoneFinanceParams.proposedBy, 'proposedBy', ['id', 'code', 'effectiveFrom']),
  actedBy(zoneFinanceParams, zoneFinanceParams.approvedBy, 'approvedBy', ['id', 'code', 'effectiveFrom']),
  actedBy(zoneReportingCalendars, zoneReportingCalendars.updatedBy, 'updatedBy', ['id', 'zoneId']),
  actedBy(zoneResidentTaxProfiles, zoneResidentTaxProfiles.updatedBy, 'updatedBy', ['residentId']),
  actedBy(zoneBenefitLedger, zoneBenefitLedger.closedBy, 'closedBy', ['residentId', 'year']),
  actedBy(zoneComplianceCaseEvents, zoneComplianceCaseEvents.actorId, 'actorId', ['caseId', 'createdAt']),
  {
    table: zoneProjectDeliverables,
    subject: null,
    fields: {},
    notPersonal: { title: "a project deliverable's title" },
  },
];
