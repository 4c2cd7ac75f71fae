import type { ParamProposal } from '@inohub/contracts/zone/benefits';
import { describe, expect, it } from 'vitest';
import { paramValueErrors } from './param-value.ts';

const base: ParamProposal = {
  zoneId: null,
  code: 'property_rate',
  tierFrom: 1,
  tierTo: null,
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  source: 'regional law',
  confidence: 'stated',
};

describe('a proposed parameter version carries exactly the value of its kind', () => {
  it('accepts a percent for a percent parameter', () => {
    expect(paramValueErrors({ ...base, ratePercent: '2.2' })).toEqual([]);
  });

  it('asks for the missing value and refuses a value of another kind', () => {
    expect(paramValueErrors({ ...base, amountKopecks: 100 }).map((e) => e.field)).toEqual([
      'body.ratePercent',
      'body.amountKopecks',
    ]);
    expect(paramValueErrors({ ...base, amountKopecks: 100 })[1]?.message).toBe(
      'does not apply to property_rate (use ratePercent)',
    );
  });

  it('limits a text parameter to its allowed values', () => {
    const p = { ...base, code: 'proportionality_test' as const };
    expect(paramValueErrors({ ...p, textValue: 'cumulative' })).toEqual([]);
    expect(paramValueErrors({ ...p, textValue: 'yearly' })).toEqual([
      { field: 'body.textValue', message: 'must be one of period, cumulative' },
    ]);
  });

  it('allows tiers only on tiered parameters', () => {
    expect(paramValueErrors({ ...base, ratePercent: '2.2', tierFrom: 2 })).toEqual([
      { field: 'body.tierFrom', message: 'property_rate has no tiers' },
    ]);
    expect(
      paramValueErrors({ ...base, code: 'profit_reg_res', ratePercent: '5', tierFrom: 6, tierTo: 10 }),
    ).toEqual([]);
  });

  it('ends a version after it starts', () => {
    expect(paramValueErrors({ ...base, ratePercent: '2.2', effectiveTo: '2026-01-01' })).toEqual([
      { field: 'body.effectiveTo', message: 'must be after effectiveFrom' },
    ]);
  });
});
