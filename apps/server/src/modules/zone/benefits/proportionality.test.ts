import { describe, expect, it } from 'vitest';
import { type LedgerYearInput, ledgerSeries } from './proportionality.ts';

describe('proportionality (art. 56.1): benefits ≤ capex + R&D, else benefits suspended the next period', () => {
  const y = (
    year: number,
    total: number,
    invest: number,
    mode: LedgerYearInput['mode'],
    graceUntil: string | null = null,
  ): LedgerYearInput => ({
    year,
    savings: { profit: total, property: 0, land: 0, transport: 0, insurance: 0 },
    capexKopecks: invest,
    rndKopecks: 0,
    mode,
    graceUntil,
  });

  it('per period, no grace: 2026 breach (100 > 80) → 2027 suspended (0 applied) → 2028 back', () => {
    const out = ledgerSeries([
      y(2025, 500, 0, null),
      y(2026, 100, 80, 'period'),
      y(2027, 90, 10, 'period'),
      y(2028, 50, 60, 'period'),
    ]);
    expect(out.map((o) => o.status)).toEqual(['not_applicable', 'breach', 'suspended', 'compliant']);
    expect(out[1]?.suspendNextPeriod).toBe(true);
    expect(out[2]?.applied.total).toBe(0);
    expect(out[2]?.potentialTotal).toBe(90);
    expect(out[2]?.test).toBe('compliant'); // 0 ≤ 10
    expect(out[3]?.applied.total).toBe(50);
  });

  it('grace: status from 2026-05-10 with 3 years → 2026–2029 in grace, 2030 tested', () => {
    const g = '2029-05-10';
    const out = ledgerSeries([2026, 2027, 2028, 2029, 2030, 2031].map((yr) => y(yr, 100, 10, 'period', g)));
    expect(out.map((o) => o.status)).toEqual([
      'in_grace',
      'in_grace',
      'in_grace',
      'in_grace',
      'breach',
      'suspended',
    ]);
  });

  it('cumulative: 2026 100 ≤ 150; 2027 Σ 200 > Σ 170 → breach; 2028 suspended, Σ 200 ≤ Σ 210', () => {
    const out = ledgerSeries([
      y(2026, 100, 150, 'cumulative'),
      y(2027, 100, 20, 'cumulative'),
      y(2028, 70, 40, 'cumulative'),
    ]);
    expect(out.map((o) => o.status)).toEqual(['compliant', 'breach', 'suspended']);
    expect(out[1]?.window).toEqual({ fromYear: 2026, benefits: 200, investments: 170 });
    expect(out[2]?.window).toEqual({ fromYear: 2026, benefits: 200, investments: 210 });
    expect(out[2]?.test).toBe('compliant');
  });

  it('equality passes (benefits = capex + R&D)', () => {
    expect(ledgerSeries([y(2026, 100, 100, 'period')])[0]?.status).toBe('compliant');
  });
});
