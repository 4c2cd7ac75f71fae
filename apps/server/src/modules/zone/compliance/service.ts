import type {
  CaseDetail,
  CaseListQuery,
  CasePage,
  ComplianceInputsView,
} from '@inohub/contracts/zone/compliance';
import type { Db } from '../../../lib/db/types.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { caseView } from './present.ts';
import * as repo from './repo.ts';

// Reads of compliance: the case queue, a case with its history, a resident's flag inputs.

export async function listCases(db: Db, q: CaseListQuery): Promise<CasePage> {
  const { rows, total } = await repo.casePage(db, q);
  const orgs = await organizationFactsMany(db, [...new Set(rows.map((r) => r.organizationId))]);
  return {
    items: rows.map((r) => ({
      ...caseView(r.c),
      organizationId: r.organizationId,
      organizationName: orgs.get(r.organizationId)?.name ?? '',
      registerNumber: r.registerNumber,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The queue as a zone administrator reads it (audited: the cases name companies and their faults). */
export async function readCaseQueue(db: Db, audit: AuditContext, q: CaseListQuery): Promise<CasePage> {
  const page = await listCases(db, q);
  await recordAudit(db, audit, {
    action: 'zone.compliance_cases.list',
    objectType: 'zone_compliance_case',
    objectId: null,
    details: { ...q },
  });
  return page;
}

export async function getCase(db: Db, id: string): Promise<CaseDetail> {
  const row = await repo.getCaseRow(db, id);
  return { ...caseView(row), events: await repo.caseEvents(db, id) };
}

export async function readCase(db: Db, audit: AuditContext, id: string): Promise<CaseDetail> {
  const c = await getCase(db, id);
  await recordAudit(db, audit, {
    action: 'zone.compliance_case.read',
    objectType: 'zone_compliance_case',
    objectId: c.id,
  });
  return c;
}

/** Deliverables, court claims and rent invoices of a resident (audited read). */
export async function complianceInputs(
  db: Db,
  audit: AuditContext,
  residentId: string,
): Promise<ComplianceInputsView> {
  await recordAudit(db, audit, {
    action: 'zone.compliance_inputs.read',
    objectType: 'zone_resident',
    objectId: residentId,
  });
  return {
    deliverables: await repo.deliverablesOf(db, residentId),
    courtClaims: await repo.courtClaimsOf(db, residentId),
    rentInvoices: await repo.rentInvoicesOf(db, residentId),
  };
}
