/**
 * Pure benefit calculators, one per tax (docs/domain/zone.md, "benefits"). No database, no dates
 * from the clock: every rate and term comes in as an argument (resolved from the effective-dated
 * parameters by `ledger-years.ts`). Money is integer kopecks, rates exact units (`money.ts`).
 */
import { applyRate, divRound, pctUnits, unitsToPercent } from './money.ts';
import { exemptMonths } from './tax-periods.ts';

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
