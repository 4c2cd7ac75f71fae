/**
 * Pure benefit calculators of DOMAIN §6.3. No database, no dates from the clock: every rate and
 * term comes in as an argument (resolved from the effective-dated parameters by the service).
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

// ───────────────────────────── dates ─────────────────────────────

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

// ───────────────────────────── profit tax ─────────────────────────────

export interface ProfitRates {
  fedStd: string;
  regStd: string;
  fedRes: string;
  regRes: string;
}

/**
 * saving_profit(Y) = P_sez(Y) × [(r_fed_std + r_reg_std) − (r_fed_res + r_reg_res(k))].
 * A loss (P ≤ 0) saves nothing; without separate accounting of SEZ income there is no benefit.
 * A negative difference (resident rate above standard) is reported as 0.
 */
export function profitSaving(sezProfitBaseKopecks: number, rates: ProfitRates, separateAccounting = true) {
  const standard = pctUnits(rates.fedStd) + pctUnits(rates.regStd);
  const resident = pctUnits(rates.fedRes) + pctUnits(rates.regRes);
  const base = Math.max(0, sezProfitBaseKopecks);
  const standardTax = applyRate(base, standard);
  const residentTax = applyRate(base, resident);
  const saving = separateAccounting ? Math.max(0, standardTax - residentTax) : 0;
  return {
    base,
    standardPercent: unitsToPercent(standard),
    residentPercent: unitsToPercent(resident),
    standardTax,
    residentTax,
    saving,
  };
}

// ───────────────────────────── property, land, transport ─────────────────────────────

export interface ExemptItemResult {
  name: string;
  since: string;
  value: number;
  exemptionYears: number | null;
  held: number;
  exempt: number;
  saving: number;
}

/**
 * Property: saving = Σ_eligible avg_value × r_property × exempt_months / held_months. The exemption
 * term is looked up at each asset's registration date (5 years up to 2011, 10 years after, by default).
 */
export function propertySaving(
  assets: ReadonlyArray<{ name: string; registeredOn: string; avgValueKopecks: number; eligible: boolean }>,
  year: number,
  ratePercent: string | null,
  exemptionYearsAt: (day: string) => number | null,
) {
  const rate = ratePercent === null ? 0n : pctUnits(ratePercent);
  const items: ExemptItemResult[] = assets.map((a) => {
    const years = a.eligible ? exemptionYearsAt(a.registeredOn) : null;
    const { held, exempt } = exemptMonths(year, a.registeredOn, years);
    const saving =
      held === 0 || exempt === 0 ? 0 : applyRate(a.avgValueKopecks, rate, BigInt(exempt), BigInt(held));
    return {
      name: a.name,
      since: a.registeredOn,
      value: a.avgValueKopecks,
      exemptionYears: years,
      held,
      exempt,
      saving,
    };
  });
  return { items, saving: items.reduce((s, i) => s + i.saving, 0) };
}

/** Land: saving = cadastral_value × r_land × exempt_months / 12, exempt for N years from ownership. */
export function landSaving(
  plots: ReadonlyArray<{ cadastralNumber: string; ownedSince: string; cadastralValueKopecks: number }>,
  year: number,
  ratePercent: string | null,
  exemptionYearsAt: (day: string) => number | null,
) {
  const rate = ratePercent === null ? 0n : pctUnits(ratePercent);
  const items: ExemptItemResult[] = plots.map((p) => {
    const years = exemptionYearsAt(p.ownedSince);
    const { held, exempt } = exemptMonths(year, p.ownedSince, years);
    const saving = exempt === 0 ? 0 : applyRate(p.cadastralValueKopecks, rate, BigInt(exempt), 12n);
    return {
      name: p.cadastralNumber,
      since: p.ownedSince,
      value: p.cadastralValueKopecks,
      exemptionYears: years,
      held,
      exempt,
      saving,
    };
  });
  return { items, saving: items.reduce((s, i) => s + i.saving, 0) };
}

/** Transport: saving = annual tax due × exempt_months / 12, exempt for N years from registration. */
export function transportSaving(
  vehicles: ReadonlyArray<{ name: string; registeredOn: string; annualTaxKopecks: number }>,
  year: number,
  exemptionYearsAt: (day: string) => number | null,
) {
  const items: ExemptItemResult[] = vehicles.map((v) => {
    const years = exemptionYearsAt(v.registeredOn);
    const { held, exempt } = exemptMonths(year, v.registeredOn, years);
    const saving = exempt === 0 ? 0 : Number(divRound(BigInt(v.annualTaxKopecks) * BigInt(exempt), 12n));
    return {
      name: v.name,
      since: v.registeredOn,
      value: v.annualTaxKopecks,
      exemptionYears: years,
      held,
      exempt,
      saving,
    };
  });
  return { items, saving: items.reduce((s, i) => s + i.saving, 0) };
}

// ───────────────────────────── insurance contributions ─────────────────────────────

/** Σ min(pay_i, cap) and Σ max(pay_i − cap, 0) over the employees' annual pay (the report's two bases). */
export function insuranceBases(annualPayKopecks: readonly number[], capKopecks: number | null) {
  let underCap = 0;
  let aboveCap = 0;
  for (const pay of annualPayKopecks) {
    const p = Math.max(0, pay);
    const under = capKopecks === null ? p : Math.min(p, capKopecks);
    underCap += under;
    aboveCap += p - under;
  }
  return { underCap, aboveCap };
}

export interface InsuranceRates {
  std: string;
  stdAboveCap: string;
  res: string;
  resAboveCap: string;
}

/**
 * saving_ins(Y) = Σ min(pay_i, cap) × (r_std − r_res) + Σ max(pay_i − cap, 0) × (r_std_above − r_res_above).
 * Each part is floored at 0 (a resident never pays more through this ledger).
 */
export function insuranceSaving(bases: { underCap: number; aboveCap: number }, rates: InsuranceRates) {
  const under = pctUnits(rates.std) - pctUnits(rates.res);
  const above = pctUnits(rates.stdAboveCap) - pctUnits(rates.resAboveCap);
  const underSaving = under > 0n ? applyRate(bases.underCap, under) : 0;
  const aboveSaving = above > 0n ? applyRate(bases.aboveCap, above) : 0;
  return {
    underCap: bases.underCap,
    aboveCap: bases.aboveCap,
    underSaving,
    aboveSaving,
    saving: underSaving + aboveSaving,
  };
}

// ───────────────────────────── proportionality (art. 56.1, 2026+) ─────────────────────────────

export type ProportionalityMode = 'period' | 'cumulative';
export type ProportionalityStatus = 'not_applicable' | 'compliant' | 'breach' | 'in_grace' | 'suspended';

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
 * benefits of the *next* year are then suspended (status kept, DOMAIN §1.5). A year is in grace
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
