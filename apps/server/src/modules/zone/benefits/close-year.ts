import type { LedgerCloseBody, LedgerCloseResult, LedgerEntry, Tax } from '@inohub/contracts/zone/benefits';
import type { Db } from '../../../lib/db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { todayInTomsk } from '../common.ts';
import { ledgerSummary } from './ledger.ts';
import { insertClosedYear } from './repo.ts';

const applied = (e: LedgerEntry, tax: Tax) => e.lines.find((l) => l.tax === tax)?.applied ?? 0;

/**
 * Freezes the ledger of a finished year for every resident, as computed now: later changes of
 * rates or reports no longer move it. Idempotent: a closed year stays as it was.
 */
export async function closeLedgerYear(
  db: Db,
  audit: AuditContext,
  q: LedgerCloseBody,
  today: string = todayInTomsk(),
): Promise<LedgerCloseResult> {
  if (q.year >= Number(today.slice(0, 4)))
    throw new AppError('unprocessable', 'zone.ledger_year_open', `${q.year} has not ended yet`);
  const entries = await ledgerSummary(db, q);
  let closed = 0;
  for (const e of entries.filter((x) => x.provisional)) {
    const inserted = await insertClosedYear(db, {
      residentId: e.residentId,
      year: e.year,
      profitKopecks: applied(e, 'profit'),
      propertyKopecks: applied(e, 'property'),
      landKopecks: applied(e, 'land'),
      transportKopecks: applied(e, 'transport'),
      insuranceKopecks: applied(e, 'insurance'),
      totalKopecks: e.totals.applied,
      capexKopecks: e.commitments.actualCapexKopecks,
      rndKopecks: e.commitments.actualRndKopecks,
      status: e.proportionality.status,
      entry: { ...e, provisional: false } as unknown as Record<string, unknown>,
      closedBy: audit.actorId,
    });
    if (inserted) closed++;
  }
  await recordAudit(db, audit, {
    action: 'zone.ledger.close',
    objectType: 'zone_benefit_ledger',
    objectId: String(q.year),
    details: { ...q, closed },
  });
  return { closed, alreadyClosed: entries.length - closed };
}
