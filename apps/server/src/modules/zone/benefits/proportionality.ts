/**
 * The proportionality test of art. 56.1 (in force from 2026; docs/domain/zone.md,
 * "proportionality"): the benefits a resident uses must not exceed its capex + R&D, else the
 * benefits of the next period are suspended.
 */
import type { ProportionalityMode, ProportionalityStatus } from '@inohub/contracts/zone/benefits';

export type { ProportionalityMode, ProportionalityStatus };

export interface LedgerYearInput {
  year: number;
  /** Savings per tax computed for the year (before any suspension). */
  savings: { profit: number; property: number; land: number; transport: number; insurance: number };
  capexKopecks: number;
  rndKopecks: number;
  /** The test in force in this year (null: no proportionality rule yet). */
  mode: ProportionalityMode | null;
  /** End (exclusive) of the resident's grace period, or null if it has none. */
  graceUntil: string | null;
}

export interface LedgerYearResult {
  year: number;
  /** Savings the resident may use this year (0 when suspended). */
  applied: {
    profit: number;
    property: number;
    land: number;
    transport: number;
    insurance: number;
    total: number;
  };
  /** Savings as computed, before the suspension. */
  potentialTotal: number;
  investments: number;
  suspended: boolean;
  /** Outcome of this year's test. */
  test: Exclude<ProportionalityStatus, 'suspended'>;
  /** What the ledger shows: `suspended` if benefits are suspended this year, else the test outcome. */
  status: ProportionalityStatus;
  suspendNextPeriod: boolean;
  window: { fromYear: number; benefits: number; investments: number } | null;
  inGrace: boolean;
}

/**
 * Walks the years in order. A year in which the test is in force compares the benefits applied with
 * capex + R&D — of that year (`period`) or summed from the first year the test applied to this
 * resident (`cumulative`). benefits > investments outside the grace period is a breach; the
 * benefits of the *next* year are then suspended (status kept; docs/domain/zone.md, "proportionality"). A year is in grace
 * when it begins before `graceUntil` (e.g. status 2026-05-10, 3 years → grace until 2029-05-10:
 * 2026–2029 in grace, 2030 tested).
 */
export function ledgerSeries(inputs: readonly LedgerYearInput[]): LedgerYearResult[] {
  const sorted = [...inputs].sort((a, b) => a.year - b.year);
  const out: LedgerYearResult[] = [];
  let prevBreach = false;
  let windowFrom: number | null = null;
  let cumBenefits = 0;
  let cumInvest = 0;
  for (const y of sorted) {
    const potentialTotal =
      y.savings.profit + y.savings.property + y.savings.land + y.savings.transport + y.savings.insurance;
    const suspended = prevBreach && y.mode !== null;
    const applied = suspended
      ? { profit: 0, property: 0, land: 0, transport: 0, insurance: 0, total: 0 }
      : { ...y.savings, total: potentialTotal };
    const investments = y.capexKopecks + y.rndKopecks;
    const inGrace = y.graceUntil !== null && `${y.year}-01-01` < y.graceUntil;
    let test: LedgerYearResult['test'] = 'not_applicable';
    let window: LedgerYearResult['window'] = null;
    if (y.mode !== null) {
      if (windowFrom === null || y.mode === 'period') {
        windowFrom = y.year;
        cumBenefits = 0;
        cumInvest = 0;
      }
      cumBenefits += applied.total;
      cumInvest += investments;
      window = { fromYear: windowFrom, benefits: cumBenefits, investments: cumInvest };
      test = cumBenefits <= cumInvest ? 'compliant' : inGrace ? 'in_grace' : 'breach';
    } else {
      windowFrom = null;
    }
    prevBreach = test === 'breach';
    out.push({
      year: y.year,
      applied,
      potentialTotal,
      investments,
      suspended,
      test,
      status: suspended ? 'suspended' : test,
      suspendNextPeriod: test === 'breach',
      window,
      inGrace,
    });
  }
  return out;
}
