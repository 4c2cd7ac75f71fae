import type { ParamDecision } from '@inohub/contracts/zone/benefits';
import type { Db } from '../../../lib/db/types.ts';
import { conflict } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { assertNotProposer } from './policy.ts';
import { endOverlappedBy, getParam, type ParamVersion, supersedeCoveredBy, updateProposed } from './repo.ts';

/**
 * Four-eyes approval. The approved version replaces what it covers: an approved version of the same
 * zone, code and overlapping tiers that started earlier ends at the new start; one that starts
 * within the new period and ends within it is superseded. Anything else that still overlaps is
 * refused by the exclusion constraint (409).
 */
export async function decideParam(
  db: Db,
  audit: AuditContext,
  id: string,
  decision: ParamDecision,
  comment: string | null,
): Promise<ParamVersion> {
  const p = await getParam(db, id);
  if (p.status !== 'proposed') throw conflict('zone.param_not_proposed', `The version is ${p.status}`);
  assertNotProposer(p, audit.actorId);
  if (decision === 'approve') {
    await supersedeCoveredBy(db, p);
    await endOverlappedBy(db, p);
  }
  const approve = decision === 'approve';
  const row = await updateProposed(db, id, {
    status: approve ? 'approved' : 'rejected',
    approvedBy: approve ? audit.actorId : null,
    approvedAt: approve ? new Date() : null,
  });
  if (!row) throw conflict('zone.param_not_proposed', 'The version was decided meanwhile');
  await recordAudit(db, audit, {
    action: `zone.finance_param.${decision}`,
    objectType: 'zone_finance_param',
    objectId: id,
    details: { code: p.code, comment },
  });
  return row;
}
