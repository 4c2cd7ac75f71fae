import { z } from 'zod';
import { DateStr, Uuid } from '../common.ts';

// The zone's eligibility configuration (rules E1–E7, permitted activities, SLA, working-day
// calendar) and the outcome of an eligibility check: see docs/domain/zone.md, "Eligibility".

export const ELIGIBILITY_RULE_CODES = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'] as const;
export type EligibilityRuleCode = (typeof ELIGIBILITY_RULE_CODES)[number];
export const EligibilityRuleCodeSchema = z.enum(ELIGIBILITY_RULE_CODES);

/** One rule's verdict on an application; `messageKey` is `zone.eligibility.<code>.<reason>`. */
export const RuleResultView = z.object({
  code: z.string(),
  enabled: z.boolean(),
  mandatory: z.boolean(),
  passed: z.boolean(),
  messageKey: z.string(),
  messageRu: z.string(),
  messageEn: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type RuleResultView = z.infer<typeof RuleResultView>;

/** Answer of `POST /api/zone/applications/:id/eligibility-check`. */
export const EligibilityCheckView = z.object({
  results: z.array(RuleResultView),
  blocking: z.array(RuleResultView),
});
export type EligibilityCheckView = z.infer<typeof EligibilityCheckView>;

export const ZoneParams = z.object({ zoneId: Uuid }).strict();
export type ZoneParams = z.infer<typeof ZoneParams>;

/** `?on=YYYY-MM-DD`: the configuration in force that day (default today in Tomsk). */
export const OnDateQuery = z.object({ on: DateStr.optional() }).strict();
export type OnDateQuery = z.infer<typeof OnDateQuery>;

export const RuleVersionView = z.object({
  id: z.string(),
  code: EligibilityRuleCodeSchema,
  enabled: z.boolean(),
  mandatory: z.boolean(),
  params: z.record(z.string(), z.unknown()),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
});
export type RuleVersionView = z.infer<typeof RuleVersionView>;

export const RuleInForce = z.object({
  code: EligibilityRuleCodeSchema,
  enabled: z.boolean(),
  mandatory: z.boolean(),
  params: z.record(z.string(), z.unknown()),
});
export type RuleInForce = z.infer<typeof RuleInForce>;

export const RulesOnDateView = z.object({
  on: z.string(),
  inForce: z.array(RuleInForce),
  versions: z.array(RuleVersionView),
});
export type RulesOnDateView = z.infer<typeof RulesOnDateView>;

export const RuleVersionBody = z
  .object({
    code: EligibilityRuleCodeSchema,
    enabled: z.boolean(),
    mandatory: z.boolean(),
    params: z.record(z.string(), z.unknown()).default({}),
    effectiveFrom: DateStr,
  })
  .strict();
export type RuleVersionBody = z.infer<typeof RuleVersionBody>;

/** A permitted activity; the in-force list omits id and dates, the versions list has them. */
export const ActivityView = z.object({
  id: z.string().optional(),
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  isIt: z.boolean(),
  focusArea: z.string().nullable(),
  requiresCouncilDecision: z.boolean(),
  effectiveFrom: z.string().optional(),
  effectiveTo: z.string().nullable().optional(),
});
export type ActivityView = z.infer<typeof ActivityView>;

export const ActivityVersionBody = z
  .object({
    code: z.string().regex(/^[\w.-]{1,40}$/),
    nameRu: z.string().trim().min(1).max(300),
    nameEn: z.string().trim().min(1).max(300),
    isIt: z.boolean().default(false),
    focusArea: z.string().max(60).nullable().default(null),
    requiresCouncilDecision: z.boolean().default(false),
    effectiveFrom: DateStr,
    effectiveTo: DateStr.nullable().optional(),
  })
  .strict()
  .refine((b) => !b.effectiveTo || b.effectiveTo > b.effectiveFrom, {
    message: 'effectiveTo must be after effectiveFrom',
    path: ['effectiveTo'],
  });
export type ActivityVersionBody = z.infer<typeof ActivityVersionBody>;

export const SlaView = z.object({
  id: z.string(),
  state: z.string(),
  workingDays: z.number(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
});
export type SlaView = z.infer<typeof SlaView>;

/** `state` is an application state or `unit_hold` (how long a unit is held for an application). */
export const SlaVersionBody = z
  .object({
    state: z.string().regex(/^[a-z_]{3,40}$/),
    workingDays: z.number().int().min(1).max(365),
    effectiveFrom: DateStr,
  })
  .strict();
export type SlaVersionBody = z.infer<typeof SlaVersionBody>;

export const CalendarDayParams = z.object({ day: DateStr }).strict();
export type CalendarDayParams = z.infer<typeof CalendarDayParams>;

export const CalendarDayBody = z
  .object({
    isWorking: z.boolean(),
    noteRu: z.string().max(200).optional(),
    noteEn: z.string().max(200).optional(),
  })
  .strict();
export type CalendarDayBody = z.infer<typeof CalendarDayBody>;

export const CalendarDayView = z.object({ day: z.string(), isWorking: z.boolean() });
export type CalendarDayView = z.infer<typeof CalendarDayView>;
