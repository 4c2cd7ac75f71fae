import type { LedgerEntry } from '@inohub/contracts/zone/benefits';
import { describe, expect, it } from 'vitest';
import { ledgerTotals } from './ledger-totals.ts';

const entry = (applied: number, potential: number, status: LedgerEntry['proportionality']['status']) =>
  ({
    totals: { applied, potential },
    commitments: { actualCapexKopecks: 10, actualRndKopecks: 1 },
    proportionality: { status },
  }) as LedgerEntry;

describe('ledger totals of a year', () => {
  it('sums the residents and counts them by proportionality status', () => {
    expect(
      ledgerTotals([entry(5, 5, 'compliant'), entry(0, 7, 'suspended'), entry(3, 3, 'compliant')]),
    ).toEqual({
      appliedKopecks: 8,
      potentialKopecks: 15,
      capexKopecks: 30,
      rndKopecks: 3,
      byStatus: { compliant: 2, suspended: 1 },
    });
  });

  it('is all zeros for no resident', () => {
    expect(ledgerTotals([])).toEqual({
      appliedKopecks: 0,
      potentialKopecks: 0,
      capexKopecks: 0,
      rndKopecks: 0,
      byStatus: {},
    });
  });
});
