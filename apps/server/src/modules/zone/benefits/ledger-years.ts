/**
 * The ledger years of one resident as a pure function of its data (docs/domain/zone.md, "benefits"
 * and "proportionality"): per year, the saving on each tax by the rates in force, then the
 * proportionality test over the years in order. No database: `ledger.ts` loads the data.
 */
import type { LedgerEntry, LedgerLine, LedgerRate } from '@inohub/contracts/zone/benefits';
import { factsFromReports } from '../reporting/facts.ts';
import type { PlanRow, ReportRow, ResidentRow } from '../reporting/repo.ts';
import { isSubmitted } from '../reporting/rules.ts';
import { insuranceSaving, landSaving, profitSaving, propertySaving, transportSaving } from './calculators.ts';
import { PARAM_DEFS, type ParamCode, type ParamSet } from './params.ts';
import { type LedgerYearInput, type LedgerYearResult, ledgerSeries } from './proportionality.ts';
import { addYears, taxPeriodIndex } from './tax-periods.ts';

export interface ResidentLedgerData {
  resident: Pick<ResidentRow, 'id' | 'organizationId' | 'since'>;
  reports: readonly ReportRow[];
  plans: readonly Pick<PlanRow, 'year' | 'capexKopecks' | 'rndKopecks'>[];
  profile: { firstSezIncomeYear: number | null; separateAccounting: boolean } | null;
  params: ParamSet;
  organizationName: string;
}

/** The year of first SEZ income: from the tax profile, else the first annual report with a positive SEZ profit or revenue. */
export function firstIncomeYear(d: Pick<ResidentLedgerData, 'profile' | 'reports'>): number | null {
  if (d.profile?.firstSezIncomeYear) return d.profile.firstSezIncomeYear;
  const years = d.reports
    .filter(
      (r) => isSubmitted(r.status) && ((r.sezProfitBaseKopecks ?? 0) > 0 || (r.revenueKopecks ?? 0) > 0),
    )
    .map((r) => r.year);
  return years.length ? Math.min(...years) : null;
}

/**
 * Looks parameter values up for one day and records each version used, so the ledger shows which
 * values it was computed with ('missing' when none is in force; it counts as 0).
 */
function rateTaker(p: ParamSet, day: string) {
  const used: LedgerRate[] = [];
  const take = (code: ParamCode, tier: number | null = null): string => {
    const row = p.find(code, day, tier ?? 1);
    const value = row
      ? (row.ratePercent ?? String(row.amountKopecks ?? row.count ?? row.textValue ?? ''))
      : '';
    used.push({
      code,
      kind: PARAM_DEFS[code].kind,
      nameRu: PARAM_DEFS[code].ru,
      nameEn: PARAM_DEFS[code].en,
      tier,
      value: row ? value : 'missing',
      source: row?.source ?? '',
      confidence: row?.confidence ?? 'unconfirmed',
    });
    return value === '' ? '0' : value;
  };
  return { take, used };
}

/** The five tax lines of one year, before the proportionality test (applied = saving). */
function taxLines(
  p: ParamSet,
  year: number,
  k: number | null,
  annual: ReportRow | null,
  separate: boolean,
): { lines: LedgerLine[]; rates: LedgerRate[]; savings: LedgerYearInput['savings'] } {
  const day = `${year}-01-01`;
  const { take, used } = rateTaker(p, day);
  const profitRates = {
    fedStd: take('profit_fed_std'),
    regStd: take('profit_reg_std'),
    fedRes: take('profit_fed_res'),
    regRes: take('profit_reg_res', k ?? 1),
  };
  const profit = profitSaving(annual?.sezProfitBaseKopecks ?? 0, profitRates, separate);
  const propertyRate = take('property_rate');
  // Exemption terms are looked up at each object's own date (registration, ownership), not the year's.
  const property = propertySaving(annual?.propertyAssets ?? [], year, propertyRate, (at) =>
    p.count('property_exemption_years', at),
  );
  const landRate = take('land_rate');
  const land = landSaving(annual?.landPlots ?? [], year, landRate, (at) =>
    p.count('land_exemption_years', at),
  );
  const transport = transportSaving(annual?.vehicles ?? [], year, (at) =>
    p.count('transport_exemption_years', at),
  );
  const insRates = {
    std: take('ins_std'),
    stdAboveCap: take('ins_std_above_cap'),
    res: take('ins_res'),
    resAboveCap: take('ins_res_above_cap'),
  };
  const insurance = insuranceSaving(
    { underCap: annual?.payrollUnderCapKopecks ?? 0, aboveCap: annual?.payrollAboveCapKopecks ?? 0 },
    insRates,
  );
  const lines: LedgerLine[] = [
    {
      tax: 'profit',
      base: profit.base,
      standardPercent: profit.standardPercent,
      residentPercent: profit.residentPercent,
      saving: profit.saving,
      applied: profit.saving,
      detail: {
        standardTax: profit.standardTax,
        residentTax: profit.residentTax,
        separateAccounting: separate,
      },
    },
    {
      tax: 'property',
      base: property.items.reduce((s, i) => s + i.value, 0),
      standardPercent: Number(propertyRate),
      residentPercent: 0,
      saving: property.saving,
      applied: property.saving,
      detail: { items: property.items },
    },
    {
      tax: 'land',
      base: land.items.reduce((s, i) => s + i.value, 0),
      standardPercent: Number(landRate),
      residentPercent: 0,
      saving: land.saving,
      applied: land.saving,
      detail: { items: land.items },
    },
    {
      tax: 'transport',
      base: transport.items.reduce((s, i) => s + i.value, 0),
      standardPercent: null,
      residentPercent: null,
      saving: transport.saving,
      applied: transport.saving,
      detail: { items: transport.items },
    },
    {
      tax: 'insurance',
      base: insurance.underCap + insurance.aboveCap,
      standardPercent: Number(insRates.std),
      residentPercent: Number(insRates.res),
      saving: insurance.saving,
      applied: insurance.saving,
      detail: { ...insurance, rates: insRates, capKopecks: p.amount('ins_cap', day) },
    },
  ];
  const savings = {
    profit: profit.saving,
    property: property.saving,
    land: land.saving,
    transport: transport.saving,
    insurance: insurance.saving,
  };
  return { lines, rates: used, savings };
}

/**
 * The ledger of every year from the resident's first year up to `toYear`: the proportionality
 * test needs the history (cumulative mode, and a breach suspends the next year).
 */
export function computeLedgerYears(d: ResidentLedgerData, toYear: number): LedgerEntry[] {
  const sinceYear = Number(d.resident.since.slice(0, 4));
  const fromYear = Math.min(sinceYear, toYear);
  const facts = factsFromReports(d.reports);
  const first = firstIncomeYear(d);
  const separate = d.profile?.separateAccounting ?? true;
  const p = d.params;
  const graceYears = p.count('proportionality_grace_years', d.resident.since);
  const graceUntil = graceYears ? addYears(d.resident.since, graceYears) : null;

  const partial: Array<Omit<LedgerEntry, 'proportionality' | 'totals'> & { input: LedgerYearInput }> = [];
  for (let year = fromYear; year <= toYear; year++) {
    const annual =
      d.reports.find((r) => r.kind === 'annual' && r.year === year && isSubmitted(r.status)) ?? null;
    const k = first === null ? null : taxPeriodIndex(year, first);
    const { lines, rates, savings } = taxLines(p, year, k, annual, separate);
    const mode = p.text('proportionality_test', `${year}-01-01`);
    const f = facts.find((x) => x.year === year);
    const plan = d.plans.find((x) => x.year === year);
    partial.push({
      residentId: d.resident.id,
      organizationId: d.resident.organizationId,
      organizationName: d.organizationName,
      year,
      provisional: true,
      closedAt: null,
      hasAnnualReport: annual !== null,
      firstSezIncomeYear: first,
      taxPeriodIndex: k,
      lines,
      commitments: {
        plannedCapexKopecks: plan?.capexKopecks ?? 0,
        plannedRndKopecks: plan?.rndKopecks ?? 0,
        actualCapexKopecks: f?.capexKopecks ?? 0,
        actualRndKopecks: f?.rndKopecks ?? 0,
        factsSource: f?.source ?? null,
      },
      rates,
      input: {
        year,
        savings,
        capexKopecks: f?.capexKopecks ?? 0,
        rndKopecks: f?.rndKopecks ?? 0,
        mode: mode === 'period' || mode === 'cumulative' ? mode : null,
        graceUntil,
      },
    });
  }
  const series = ledgerSeries(partial.map((x) => x.input));
  return partial.map(({ input, ...entry }, i) => {
    const s = series[i] as LedgerYearResult;
    return {
      ...entry,
      lines: entry.lines.map((l) => ({ ...l, applied: s.applied[l.tax] })),
      totals: { potential: s.potentialTotal, applied: s.applied.total },
      proportionality: {
        status: s.status,
        test: s.test,
        mode: input.mode,
        inGrace: s.inGrace,
        graceUntil,
        suspendNextPeriod: s.suspendNextPeriod,
        window: s.window,
      },
    };
  });
}
