/**
 * Exact money arithmetic of the benefit ledger (docs/domain/zone.md, "benefits").
 *
 * Money is integer kopecks. Rates are percent strings as stored in numeric(7,4) ('13.5000') and are
 * turned into exact integer "rate units" (1 unit = 0.0001 %), so that no floating-point arithmetic
 * touches money; results are rounded half up to the kopeck once, at the end of each line.
 */

/** Rate units per percent: 13.5 % = 135 000 units. */
export const UNITS_PER_PERCENT = 10_000n;
const UNITS_PER_ONE = 100n * UNITS_PER_PERCENT; // 100 % = 1 000 000 units

/** '13.5000' | '5' | 2.2 → exact units (13.5 % → 135 000n). Throws on more than 4 decimals. */
export function pctUnits(p: string | number): bigint {
  const s = typeof p === 'number' ? p.toFixed(4) : p.trim();
  const m = /^(-?)(\d+)(?:\.(\d{1,4})\d*)?$/.exec(s);
  if (!m) throw new Error(`not a percent: ${p}`);
  const frac = (m[3] ?? '').padEnd(4, '0');
  const units = BigInt(m[2] as string) * UNITS_PER_PERCENT + BigInt(frac);
  return m[1] === '-' ? -units : units;
}

/** Units back to a percent number for display (exact for 4 decimals). */
export const unitsToPercent = (u: bigint): number => Number(u) / Number(UNITS_PER_PERCENT);

/** round(n / d) half up, for d > 0 (half away from zero for negative n). */
export function divRound(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new Error('divisor must be positive');
  return n >= 0n ? (2n * n + d) / (2n * d) : -((2n * -n + d) / (2n * d));
}

/** base × rate × num / den, rounded half up to the kopeck. */
export function applyRate(baseKopecks: number, rateUnits: bigint, num = 1n, den = 1n): number {
  return Number(divRound(BigInt(Math.trunc(baseKopecks)) * rateUnits * num, UNITS_PER_ONE * den));
}
