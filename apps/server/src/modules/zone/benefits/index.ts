// Benefit ledger of SEZ residents (docs/domain/zone.md, "benefits" and "proportionality"):
// effective-dated parameters, pure calculators, the ledger and its closing.

export type { LedgerEntry } from '@inohub/contracts/zone/benefits';
export {
  insuranceBases,
  insuranceSaving,
  landSaving,
  profitSaving,
  propertySaving,
  transportSaving,
} from './calculators.ts';
export { closeLedgerYear } from './close-year.ts';
export { ledgerSummary, ledgerYearsOf, residentLedger } from './ledger.ts';
export { applyRate, pctUnits } from './money.ts';
export { isParamCode, PARAM_CODES, PARAM_DEFS, type ParamCode, ParamSet } from './params.ts';
export { ledgerSeries } from './proportionality.ts';
export { loadParamSet } from './repo.ts';
export { registerBenefitRoutes } from './routes.ts';
export { setTaxProfile } from './service.ts';
export { addYears, exemptMonths, taxPeriodIndex } from './tax-periods.ts';
