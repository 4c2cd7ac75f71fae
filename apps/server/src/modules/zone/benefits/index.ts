// Benefit ledger of SEZ residents (DOMAIN §6.3): effective-dated parameters, pure calculators, ledger.
export {
  addYears,
  applyRate,
  exemptMonths,
  insuranceBases,
  insuranceSaving,
  landSaving,
  ledgerSeries,
  pctUnits,
  profitSaving,
  propertySaving,
  taxPeriodIndex,
  transportSaving,
} from './calculators.ts';
export { isParamCode, PARAM_CODES, PARAM_DEFS, type ParamCode, ParamSet } from './params.ts';
export { registerBenefitRoutes } from './routes.ts';
export {
  closeLedgerYear,
  type LedgerEntry,
  ledgerSummary,
  loadParamSet,
  residentLedger,
  setTaxProfile,
} from './service.ts';
