import type { ApplicationDocumentKind } from '@inohub/contracts/zone/applications';
import type { EligibilityRuleCode } from '@inohub/contracts/zone/eligibility';

/** One rule's configuration in force on a date (a zone_eligibility_rules row or the default). */
export interface RuleConfig {
  code: EligibilityRuleCode;
  enabled: boolean;
  mandatory: boolean;
  params: Record<string, unknown>;
}

export interface PermittedActivity {
  code: string;
  focusArea: string | null;
  requiresCouncilDecision: boolean;
  isIt: boolean;
}

/** Everything the rules look at, gathered by the service; the rules themselves do no I/O. */
export interface EligibilityInput {
  onDate: string;
  zoneMunicipality: string;
  organization: { legalForm: string | null; registrationMunicipality: string | null };
  application: {
    activityDescription: string | null;
    declaredActivities: string[];
    focusArea: string | null;
    requestedUnitIds: string[];
    requestedAreaM2: number | null;
    requestedLandHa: number | null;
    investmentPlan: Array<{ capexKopecks: number; rndKopecks: number }>;
    powerKw: number | null;
    waterM3PerDay: number | null;
    gasM3PerHour: number | null;
    proportionalityAcknowledged: boolean;
  };
  documentKinds: ApplicationDocumentKind[];
  permittedActivities: PermittedActivity[];
  /** Whether the zone has free premises or land matching the request (E5). */
  spaceAvailable: boolean;
}

export interface RuleResult {
  code: EligibilityRuleCode;
  enabled: boolean;
  mandatory: boolean;
  passed: boolean;
  /** i18n key: `zone.eligibility.<code>.<reason>`; the web app translates it. */
  messageKey: string;
  messageRu: string;
  messageEn: string;
  /** Offending values, e.g. the activities not permitted. */
  details?: Record<string, unknown>;
}

/** Used when a zone has no row for a rule on the date: E1–E6 mandatory, E7 (policy, not law) off. */
export const DEFAULT_RULES: Record<EligibilityRuleCode, Omit<RuleConfig, 'code'>> = {
  E1: { enabled: true, mandatory: true, params: { allowedLegalForms: ['ooo', 'ao', 'pao', 'ip'] } },
  E2: { enabled: true, mandatory: true, params: {} },
  E3: { enabled: true, mandatory: true, params: {} },
  E4: {
    enabled: true,
    mandatory: true,
    params: { requiredDocuments: ['charter', 'state_registration', 'tax_registration', 'business_plan'] },
  },
  E5: { enabled: true, mandatory: true, params: {} },
  E6: { enabled: true, mandatory: true, params: { appliesFrom: '2026-01-01' } },
  E7: {
    enabled: false,
    mandatory: false,
    params: { focusAreas: ['it_electronics', 'med_biotech', 'nano', 'materials', 'resource_saving'] },
  },
};

const MESSAGES: Record<string, [string, string]> = {
  'E1.pass': ['Организационно-правовая форма допускается', 'The legal form is allowed'],
  'E1.unitary_enterprise': [
    'Унитарное предприятие не может быть резидентом ОЭЗ',
    'A unitary enterprise cannot be an SEZ resident',
  ],
  'E1.legal_form_not_allowed': [
    'Резидентом может быть коммерческая организация или ИП',
    'A resident must be a commercial organization or an individual entrepreneur',
  ],
  'E2.pass': [
    'Организация зарегистрирована в муниципалитете ОЭЗ',
    'The organization is registered in the zone municipality',
  ],
  'E2.wrong_municipality': [
    'Организация должна быть зарегистрирована в муниципалитете ОЭЗ',
    'The organization must be registered in the municipality of the zone',
  ],
  'E3.pass': [
    'Все заявленные виды деятельности разрешены в ОЭЗ',
    'All declared activities are permitted in the zone',
  ],
  'E3.no_activities': ['Не указаны виды деятельности', 'No activities declared'],
  'E3.not_permitted': [
    'Часть видов деятельности не разрешена в ОЭЗ',
    'Some declared activities are not permitted in the zone',
  ],
  'E3.council_decision_needed': [
    'Промышленное производство допускается решением экспертного совета',
    'Industrial production is allowed by an expert-council decision',
  ],
  'E4.pass': ['Заявка заполнена полностью', 'The application is complete'],
  'E4.incomplete': ['Заявка заполнена не полностью', 'The application is incomplete'],
  'E5.pass': ['Есть свободные помещения или земля под запрос', 'Free premises or land match the request'],
  'E5.no_space': [
    'Нет свободных помещений или земли под запрос',
    'No free premises or land match the request',
  ],
  'E6.pass': [
    'Обязательство о соразмерности льгот (ст. 56.1 НК) принято',
    'The proportionality covenant (Tax Code art. 56.1) is acknowledged',
  ],
  'E6.not_applicable': [
    'Требование о соразмерности ещё не действует',
    'The proportionality requirement is not yet in force',
  ],
  'E6.not_acknowledged': [
    'Нужно принять обязательство о соразмерности льгот (ст. 56.1 НК)',
    'Acknowledge the proportionality covenant (Tax Code art. 56.1)',
  ],
  'E7.pass': [
    'Проект соответствует приоритетным направлениям ОЭЗ',
    'The project fits the focus areas of the zone',
  ],
  'E7.off_focus': [
    'Проект не относится к приоритетным направлениям ОЭЗ',
    'The project is outside the focus areas of the zone',
  ],
  disabled: ['Правило отключено для этой зоны', 'The rule is switched off for this zone'],
};

function result(
  rule: RuleConfig,
  passed: boolean,
  reason: string,
  details?: Record<string, unknown>,
): RuleResult {
  const key = reason === 'disabled' ? 'disabled' : `${rule.code}.${reason}`;
  const [ru, en] = MESSAGES[key] ?? [key, key];
  return {
    code: rule.code,
    enabled: rule.enabled,
    mandatory: rule.mandatory,
    passed,
    messageKey: `zone.eligibility.${key}`,
    messageRu: ru,
    messageEn: en,
    ...(details ? { details } : {}),
  };
}

const strings = (v: unknown, fallback: string[]): string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : fallback;
const norm = (s: string | null | undefined) =>
  (s ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^г\.\s*/, '');

type Check = (rule: RuleConfig, input: EligibilityInput) => RuleResult;

const CHECKS: Record<EligibilityRuleCode, Check> = {
  E1: (rule, { organization }) => {
    const form = organization.legalForm;
    if (form === 'unitary_enterprise') return result(rule, false, 'unitary_enterprise', { legalForm: form });
    const allowed = strings(
      rule.params.allowedLegalForms,
      strings(DEFAULT_RULES.E1.params.allowedLegalForms, []),
    );
    return form && allowed.includes(form)
      ? result(rule, true, 'pass')
      : result(rule, false, 'legal_form_not_allowed', { legalForm: form });
  },
  E2: (rule, { organization, zoneMunicipality }) => {
    const required =
      typeof rule.params.municipality === 'string' ? rule.params.municipality : zoneMunicipality;
    return norm(organization.registrationMunicipality) === norm(required) && norm(required) !== ''
      ? result(rule, true, 'pass')
      : result(rule, false, 'wrong_municipality', {
          required,
          actual: organization.registrationMunicipality,
        });
  },
  E3: (rule, { application, permittedActivities }) => {
    if (application.declaredActivities.length === 0) return result(rule, false, 'no_activities');
    const byCode = new Map(permittedActivities.map((a) => [a.code, a]));
    const notPermitted = application.declaredActivities.filter((c) => !byCode.has(c));
    if (notPermitted.length) return result(rule, false, 'not_permitted', { notPermitted });
    const needsCouncil = application.declaredActivities.filter((c) => byCode.get(c)?.requiresCouncilDecision);
    return needsCouncil.length
      ? result(rule, true, 'council_decision_needed', { activities: needsCouncil })
      : result(rule, true, 'pass');
  },
  E4: (rule, { application, documentKinds }) => {
    const missing: string[] = [];
    if (!application.activityDescription?.trim()) missing.push('activityDescription');
    if (application.declaredActivities.length === 0) missing.push('declaredActivities');
    if (!application.requestedUnitIds.length && !application.requestedAreaM2 && !application.requestedLandHa)
      missing.push('requestedArea');
    const invest = application.investmentPlan.reduce((s, y) => s + y.capexKopecks + y.rndKopecks, 0);
    if (invest <= 0) missing.push('investmentPlan');
    if (application.powerKw == null) missing.push('utilities.powerKw');
    if (application.waterM3PerDay == null) missing.push('utilities.waterM3PerDay');
    if (application.gasM3PerHour == null) missing.push('utilities.gasM3PerHour');
    for (const doc of strings(
      rule.params.requiredDocuments,
      strings(DEFAULT_RULES.E4.params.requiredDocuments, []),
    )) {
      if (!documentKinds.includes(doc as ApplicationDocumentKind)) missing.push(`documents.${doc}`);
    }
    return missing.length ? result(rule, false, 'incomplete', { missing }) : result(rule, true, 'pass');
  },
  E5: (rule, { spaceAvailable }) =>
    spaceAvailable ? result(rule, true, 'pass') : result(rule, false, 'no_space'),
  E6: (rule, { onDate, application }) => {
    const from = typeof rule.params.appliesFrom === 'string' ? rule.params.appliesFrom : '2026-01-01';
    if (onDate < from) return result(rule, true, 'not_applicable');
    return application.proportionalityAcknowledged
      ? result(rule, true, 'pass')
      : result(rule, false, 'not_acknowledged');
  },
  E7: (rule, { application, permittedActivities }) => {
    const focus = strings(rule.params.focusAreas, strings(DEFAULT_RULES.E7.params.focusAreas, []));
    const areas = new Set<string>();
    if (application.focusArea) areas.add(application.focusArea);
    for (const a of permittedActivities)
      if (application.declaredActivities.includes(a.code) && a.focusArea) areas.add(a.focusArea);
    return [...areas].some((a) => focus.includes(a))
      ? result(rule, true, 'pass')
      : result(rule, false, 'off_focus', { focusAreas: [...areas] });
  },
};

/** Runs every rule in order E1–E7. A disabled rule is listed as passed with the reason "disabled". */
export function evaluateEligibility(
  rules: RuleConfig[],
  input: EligibilityInput,
): { results: RuleResult[]; blocking: RuleResult[] } {
  const results = rules.map((rule) =>
    rule.enabled ? CHECKS[rule.code](rule, input) : result(rule, true, 'disabled'),
  );
  return { results, blocking: results.filter((r) => r.enabled && r.mandatory && !r.passed) };
}
