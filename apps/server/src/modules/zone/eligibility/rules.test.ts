import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, type EligibilityInput, evaluateEligibility, type RuleConfig } from './rules.ts';

const rules = (over: Partial<Record<string, Partial<RuleConfig>>> = {}): RuleConfig[] =>
  (['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'] as const).map((code) => ({
    code,
    ...DEFAULT_RULES[code],
    enabled: true,
    ...over[code],
  }));

const base = (): EligibilityInput => ({
  onDate: '2026-05-01',
  zoneMunicipality: 'г. Томск',
  organization: { legalForm: 'ooo', registrationMunicipality: 'г. Томск' },
  application: {
    activityDescription: 'ПО',
    declaredActivities: ['62.01'],
    focusArea: null,
    requestedUnitIds: [],
    requestedAreaM2: 50,
    requestedLandHa: null,
    investmentPlan: [{ capexKopecks: 100, rndKopecks: 0 }],
    powerKw: 10,
    waterM3PerDay: 1,
    gasM3PerHour: 0,
    proportionalityAcknowledged: true,
  },
  documentKinds: ['charter', 'state_registration', 'tax_registration', 'business_plan'],
  permittedActivities: [
    { code: '62.01', focusArea: 'it_electronics', requiresCouncilDecision: false, isIt: true },
    { code: 'prod', focusArea: null, requiresCouncilDecision: true, isIt: false },
  ],
  spaceAvailable: true,
});

const failed = (input: EligibilityInput, r = rules()) =>
  evaluateEligibility(r, input)
    .results.filter((x) => !x.passed)
    .map((x) => x.code);

describe('eligibility rules E1–E7', () => {
  it('passes a complete application', () => {
    expect(failed(base())).toEqual([]);
  });
  it('E1: refuses a unitary enterprise and non-commercial forms, accepts an IE', () => {
    expect(
      failed({ ...base(), organization: { ...base().organization, legalForm: 'unitary_enterprise' } }),
    ).toEqual(['E1']);
    expect(failed({ ...base(), organization: { ...base().organization, legalForm: 'nonprofit' } })).toEqual([
      'E1',
    ]);
    expect(failed({ ...base(), organization: { ...base().organization, legalForm: 'ip' } })).toEqual([]);
    const r = evaluateEligibility(rules(), {
      ...base(),
      organization: { ...base().organization, legalForm: 'unitary_enterprise' },
    });
    expect(r.blocking[0]?.messageKey).toBe('zone.eligibility.E1.unitary_enterprise');
  });
  it('E2: requires registration in the zone municipality (spelling-tolerant)', () => {
    expect(
      failed({ ...base(), organization: { ...base().organization, registrationMunicipality: 'г. Северск' } }),
    ).toEqual(['E2']);
    expect(
      failed({ ...base(), organization: { ...base().organization, registrationMunicipality: null } }),
    ).toEqual(['E2']);
    expect(
      failed({ ...base(), organization: { ...base().organization, registrationMunicipality: 'Томск' } }),
    ).toEqual([]);
  });
  it('E3: every declared activity must be permitted; production passes with a council note', () => {
    const input = base();
    input.application.declaredActivities = ['62.01', '47.11'];
    const res = evaluateEligibility(rules(), input).results.find((r) => r.code === 'E3');
    expect(res).toMatchObject({ passed: false, details: { notPermitted: ['47.11'] } });
    input.application.declaredActivities = ['prod'];
    expect(evaluateEligibility(rules(), input).results.find((r) => r.code === 'E3')).toMatchObject({
      passed: true,
      messageKey: 'zone.eligibility.E3.council_decision_needed',
    });
  });
  it('E4: lists what is missing', () => {
    const input = base();
    input.documentKinds = ['charter'];
    input.application.powerKw = null;
    const res = evaluateEligibility(rules(), input).results.find((r) => r.code === 'E4');
    expect(res?.details?.missing).toEqual([
      'utilities.powerKw',
      'documents.state_registration',
      'documents.tax_registration',
      'documents.business_plan',
    ]);
  });
  it('E5: refuses when no free premises match', () => {
    expect(failed({ ...base(), spaceAvailable: false })).toEqual(['E5']);
  });
  it('E6: the covenant is required from its effective date only', () => {
    const input = base();
    input.application.proportionalityAcknowledged = false;
    expect(failed(input)).toEqual(['E6']);
    expect(failed({ ...input, onDate: '2025-12-31' })).toEqual([]);
  });
  it('E7: optional focus-area check, advisory when not mandatory', () => {
    const input = base();
    input.application.declaredActivities = ['prod'];
    const out = evaluateEligibility(rules({ E7: { mandatory: false } }), input);
    expect(out.results.find((r) => r.code === 'E7')?.passed).toBe(false);
    expect(out.blocking).toEqual([]);
    expect(
      evaluateEligibility(rules({ E7: { mandatory: true } }), input).blocking.map((r) => r.code),
    ).toEqual(['E7']);
  });
  it('a disabled rule never blocks', () => {
    const out = evaluateEligibility(rules({ E2: { enabled: false } }), {
      ...base(),
      organization: { legalForm: 'ooo', registrationMunicipality: 'Москва' },
    });
    expect(out.blocking).toEqual([]);
    expect(out.results.find((r) => r.code === 'E2')?.messageKey).toBe('zone.eligibility.disabled');
  });
});
