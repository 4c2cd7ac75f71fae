/**
 * Calendar arithmetic of the benefit ledger (docs/domain/zone.md, "benefits"): the tax-period index
 * k and the months of a year in which an asset, plot or vehicle is still exempt.
 */

const parts = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d };
};

/** Same day n years later; 29 February becomes 28 February in a common year. */
export function addYears(day: string, n: number): string {
  const { y, m, d } = parts(day);
  const year = y + n;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dd = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** Tax-period index k: the year of first SEZ income is period 1. */
export function taxPeriodIndex(year: number, firstSezIncomeYear: number): number {
  return Math.max(1, year - firstSezIncomeYear + 1);
}

/**
 * Months of `year` in which an object (asset, plot, vehicle) is held, and in which of them it is
 * still exempt. A month counts from the month of `since` on (whole months, as the tax code counts
 * ownership; the 15th-of-month refinement is ignored [U]); it is exempt while its first day is
 * before `since + exemptionYears` — e.g. registered 2018-03-10 with 10 years: exempt until
 * 2028-03-10, so in 2028 the months January–March are exempt (3 of 12).
 */
export function exemptMonths(
  year: number,
  since: string,
  exemptionYears: number | null,
): { held: number; exempt: number } {
  const s = parts(since);
  if (s.y > year) return { held: 0, exempt: 0 };
  const firstHeld = s.y === year ? s.m : 1;
  const held = 13 - firstHeld;
  if (!exemptionYears || exemptionYears <= 0) return { held, exempt: 0 };
  const until = addYears(since, exemptionYears);
  let exempt = 0;
  for (let m = firstHeld; m <= 12; m++) {
    const first = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
    if (first < until) exempt++;
  }
  return { held, exempt };
}
