import type { LedgerEntry, LedgerSummaryView } from '@inohub/contracts/zone/benefits';

/** Totals of a year's ledger over its residents, and how many residents are in each proportionality status. */
export function ledgerTotals(items: readonly LedgerEntry[]): LedgerSummaryView['totals'] {
  const byStatus: Record<string, number> = {};
  for (const e of items) byStatus[e.proportionality.status] = (byStatus[e.proportionality.status] ?? 0) + 1;
  return {
    appliedKopecks: items.reduce((s, e) => s + e.totals.applied, 0),
    potentialKopecks: items.reduce((s, e) => s + e.totals.potential, 0),
    capexKopecks: items.reduce((s, e) => s + e.commitments.actualCapexKopecks, 0),
    rndKopecks: items.reduce((s, e) => s + e.commitments.actualRndKopecks, 0),
    byStatus,
  };
}
