import type { CaseDetail, CaseStatus } from '@inohub/contracts/zone/compliance';
import type { Db } from '../../../lib/db/types.ts';
import { conflict } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { canMove, isClosed } from './case-states.ts';
import { getCaseRow, insertCaseEvent, updateCaseStatus } from './repo.ts';
import { getCase } from './service.ts';

/** Moves a case (acknowledge, resolve, dismiss, reopen) with the administrator's comment. */
export async function changeCaseStatus(
  db: Db,
  audit: AuditContext,
  id: string,
  to: CaseStatus,
  comment: string,
): Promise<CaseDetail> {
  const current = await getCaseRow(db, id);
  if (!canMove(current.status, to)) {
    throw conflict('zone.case_transition', `A ${current.status} case cannot become ${to}`);
  }
  const row = await updateCaseStatus(db, id, current.status, {
    status: to,
    closedAt: isClosed(to) ? new Date() : null,
  });
  if (!row) throw conflict('zone.case_transition', 'The case was changed meanwhile');
  await insertCaseEvent(db, {
    caseId: id,
    action: 'status',
    fromStatus: current.status,
    toStatus: to,
    comment,
    actorId: audit.actorId,
  });
  await recordAudit(db, audit, {
    action: 'zone.compliance_case.status',
    objectType: 'zone_compliance_case',
    objectId: id,
    details: { from: current.status, to, comment, flag: current.flag },
  });
  return getCase(db, id);
}
