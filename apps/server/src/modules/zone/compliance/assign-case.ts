import type { CaseDetail } from '@inohub/contracts/zone/compliance';
import type { Db } from '../../../lib/db/types.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { getCaseRow, insertCaseEvent, setAssignee } from './repo.ts';
import { getCase } from './service.ts';

/** Assigns a case to a zone administrator (or unassigns it); the history says who to whom. */
export async function assignCase(
  db: Db,
  audit: AuditContext,
  id: string,
  assigneeId: string | null,
  comment: string | null,
): Promise<CaseDetail> {
  const current = await getCaseRow(db, id);
  await setAssignee(db, id, assigneeId);
  await insertCaseEvent(db, {
    caseId: id,
    action: 'assigned',
    comment: comment ?? (assigneeId ? `→ ${assigneeId}` : 'unassigned'),
    actorId: audit.actorId,
  });
  await recordAudit(db, audit, {
    action: 'zone.compliance_case.assign',
    objectType: 'zone_compliance_case',
    objectId: id,
    details: { from: current.assigneeId, to: assigneeId },
  });
  return getCase(db, id);
}
