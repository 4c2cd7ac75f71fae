import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api.ts';
import { eligibilityOf, isEligibilityFailure } from './useApplicationAction.ts';
import { focusAreasOf, requiredDocumentsOf } from './useEligibilityRules.ts';

const rule = (code: string, passed: boolean) => ({
  code,
  enabled: true,
  mandatory: true,
  passed,
  messageKey: `zone.eligibility.${code}.${passed ? 'pass' : 'fail'}`,
  messageRu: '…',
  messageEn: '…',
});

describe('a refused submission', () => {
  it('carries the results of the check, so the page need not run it again', () => {
    const results = [rule('E1', true), rule('E6', false)];
    const error = new ApiError(422, { code: 'zone.eligibility_failed', eligibility: results });
    expect(isEligibilityFailure(error)).toBe(true);
    expect(eligibilityOf(error)).toEqual(results);
  });

  it('gives null for another error or for results in an unexpected shape', () => {
    expect(eligibilityOf(new ApiError(409, { code: 'zone.not_editable' }))).toBeNull();
    expect(eligibilityOf(new ApiError(422, { code: 'zone.eligibility_failed' }))).toBeNull();
    expect(
      eligibilityOf(new ApiError(422, { code: 'zone.eligibility_failed', eligibility: [{}] })),
    ).toBeNull();
    expect(eligibilityOf(new Error('x'))).toBeNull();
  });
});

describe('the rules in force', () => {
  const rules = {
    on: '2026-12-03',
    versions: [],
    inForce: [
      {
        code: 'E4' as const,
        enabled: true,
        mandatory: true,
        params: { requiredDocuments: ['charter', 'nonsense'] },
      },
      { code: 'E7' as const, enabled: false, mandatory: false, params: { focusAreas: ['nano', 7] } },
    ],
  };
  it('give the documents E4 requires (known kinds only) and the focus areas of E7', () => {
    expect(requiredDocumentsOf(rules)).toEqual(['charter']);
    expect(focusAreasOf(rules)).toEqual(['nano']);
    expect(focusAreasOf({ ...rules, inForce: [] })).toEqual([]);
  });
});
