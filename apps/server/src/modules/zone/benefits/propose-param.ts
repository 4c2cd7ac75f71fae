import type { ParamProposal } from '@inohub/contracts/zone/benefits';
import type { Db } from '../../../lib/db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { paramValueErrors } from './param-value.ts';
import { insertParam, type ParamVersion } from './repo.ts';

/** A zone administrator proposes a new version; it takes effect when a second administrator approves it. */
export async function proposeParam(db: Db, audit: AuditContext, p: ParamProposal): Promise<ParamVersion> {
  const errors = paramValueErrors(p);
  if (errors.length)
    throw new AppError('invalid', 'zone.param_value', 'The value does not fit the parameter', errors);
  const row = await insertParam(db, {
    zoneId: p.zoneId,
    code: p.code,
    tierFrom: p.tierFrom,
    tierTo: p.tierTo,
    ratePercent: p.ratePercent ?? null,
    amountKopecks: p.amountKopecks ?? null,
    count: p.count ?? null,
    textValue: p.textValue ?? null,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    source: p.source,
    confidence: p.confidence,
    note: p.note ?? null,
    status: 'proposed',
    proposedBy: audit.actorId,
  });
  await recordAudit(db, audit, {
    action: 'zone.finance_param.propose',
    objectType: 'zone_finance_param',
    objectId: row.id,
    details: { ...p },
  });
  return row;
}
