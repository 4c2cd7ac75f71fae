import type { ParamSet } from '../benefits/params.ts';
import type { ComplianceThresholds } from './evaluate.ts';

/**
 * The thresholds of T1–T5 in force on `day` (docs/domain/zone.md, "compliance flags"); the
 * defaults apply while no parameter version is approved.
 */
export function thresholdsOn(p: ParamSet, day: string): ComplianceThresholds {
  return {
    capexTolerancePercent: Number(p.percent('t1_capex_tolerance', day) ?? '10'),
    persistentYears: p.count('t1_persistent_years', day) ?? 2,
    quartersWithoutActivity: p.count('t2_quarters', day) ?? 4,
    arrearsDays: p.count('t4_arrears_days', day) ?? 30,
    reportGraceDays: p.count('t5_grace_days', day) ?? 10,
  };
}
