/**
 * The finance parameters the SEZ module knows (docs/domain/zone.md, "benefits" and "compliance
 * flags"). Values live in `zone_finance_params` (effective-dated, seeded by the demo and edited by
 * zone administrators); this file only says what kind of value each code of the contract holds and
 * on which date it is looked up.
 */

import { FINANCE_PARAM_CODES, type ParamCode, type ParamKind } from '@inohub/contracts/zone/benefits';
import type { Confidence } from '@inohub/contracts/zone/reporting';

export type { ParamCode, ParamKind };

export interface ParamDef {
  kind: ParamKind;
  /** Tiered by the tax-period index k (1-based). */
  tiered?: boolean;
  /** Allowed values of a text parameter. */
  values?: readonly string[];
  en: string;
  ru: string;
}

export const PARAM_DEFS = {
  profit_fed_std: {
    kind: 'percent',
    en: 'Profit tax, federal part, standard',
    ru: 'Налог на прибыль, федеральная часть, общая ставка',
  },
  profit_reg_std: {
    kind: 'percent',
    en: 'Profit tax, regional part, standard',
    ru: 'Налог на прибыль, региональная часть, общая ставка',
  },
  profit_fed_res: {
    kind: 'percent',
    en: 'Profit tax, federal part, SEZ resident',
    ru: 'Налог на прибыль, федеральная часть, резидент ОЭЗ',
  },
  profit_reg_res: {
    kind: 'percent',
    tiered: true,
    en: 'Profit tax, regional part, SEZ resident, by tax period k since first SEZ income',
    ru: 'Налог на прибыль, региональная часть, резидент ОЭЗ, по номеру налогового периода k',
  },
  property_rate: {
    kind: 'percent',
    en: 'Property tax rate (regional)',
    ru: 'Ставка налога на имущество (региональная)',
  },
  property_exemption_years: {
    kind: 'count',
    en: 'Property tax exemption, years from asset registration (looked up at the registration date)',
    ru: 'Освобождение от налога на имущество, лет с даты постановки на учёт',
  },
  land_rate: { kind: 'percent', en: 'Land tax rate', ru: 'Ставка земельного налога' },
  land_exemption_years: {
    kind: 'count',
    en: 'Land tax exemption, years from ownership',
    ru: 'Освобождение от земельного налога, лет с даты права собственности',
  },
  transport_exemption_years: {
    kind: 'count',
    en: 'Transport tax exemption, years from vehicle registration',
    ru: 'Освобождение от транспортного налога, лет с даты регистрации ТС',
  },
  ins_std: {
    kind: 'percent',
    en: 'Insurance contributions, standard, up to the cap',
    ru: 'Страховые взносы, общий тариф, в пределах базы',
  },
  ins_std_above_cap: {
    kind: 'percent',
    en: 'Insurance contributions, standard, above the cap',
    ru: 'Страховые взносы, общий тариф, сверх базы',
  },
  ins_res: {
    kind: 'percent',
    en: 'Insurance contributions, SEZ resident, up to the cap',
    ru: 'Страховые взносы, резидент ОЭЗ, в пределах базы',
  },
  ins_res_above_cap: {
    kind: 'percent',
    en: 'Insurance contributions, SEZ resident, above the cap',
    ru: 'Страховые взносы, резидент ОЭЗ, сверх базы',
  },
  ins_cap: {
    kind: 'kopecks',
    en: 'Insurance contribution base cap per employee per year',
    ru: 'Предельная база для взносов на одного работника в год',
  },
  proportionality_test: {
    kind: 'text',
    values: ['period', 'cumulative'],
    en: 'Proportionality test (art. 56.1) in force: compare per period or cumulatively',
    ru: 'Проверка соразмерности (ст. 56.1): за период или нарастающим итогом',
  },
  proportionality_grace_years: {
    kind: 'count',
    en: 'Proportionality grace period, years (looked up at the date resident status began)',
    ru: 'Льготный период соразмерности, лет (по дате получения статуса)',
  },
  t1_capex_tolerance: {
    kind: 'percent',
    en: 'T1: tolerated capex shortfall against plan',
    ru: 'T1: допустимое отставание капвложений от плана',
  },
  t1_persistent_years: {
    kind: 'count',
    en: 'T1: consecutive years of shortfall that make a breach candidate',
    ru: 'T1: лет подряд отставания до кандидата в нарушения',
  },
  t2_quarters: {
    kind: 'count',
    en: 'T2: consecutive quarters without TVT revenue or R&D',
    ru: 'T2: кварталов подряд без выручки ТВД и НИОКР',
  },
  t4_arrears_days: { kind: 'count', en: 'T4: rent overdue days', ru: 'T4: дней просрочки арендной платы' },
  t5_grace_days: {
    kind: 'count',
    en: 'T5: days after the due date before a missing report escalates',
    ru: 'T5: дней после срока до эскалации непредставленного отчёта',
  },
} as const satisfies Record<ParamCode, ParamDef>;

export const PARAM_CODES: readonly ParamCode[] = FINANCE_PARAM_CODES;
export const isParamCode = (s: string): s is ParamCode => s in PARAM_DEFS;

export interface ParamRow {
  id: string;
  zoneId: string | null;
  code: string;
  tierFrom: number;
  tierTo: number | null;
  ratePercent: string | null;
  amountKopecks: number | null;
  count: number | null;
  textValue: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
  confidence: Confidence;
}

/**
 * The approved parameter versions of one zone (its own rows and the defaults), answering
 * "value of P on date d (for tax period k)". A zone's own version wins over the default.
 */
export class ParamSet {
  constructor(
    private readonly rows: readonly ParamRow[],
    private readonly zoneId: string | null,
  ) {}

  find(code: ParamCode, day: string, k = 1): ParamRow | null {
    const hits = this.rows.filter(
      (r) =>
        r.code === code &&
        r.effectiveFrom <= day &&
        (r.effectiveTo === null || r.effectiveTo > day) &&
        r.tierFrom <= k &&
        (r.tierTo === null || r.tierTo >= k) &&
        (r.zoneId === null || r.zoneId === this.zoneId),
    );
    return hits.find((r) => r.zoneId !== null) ?? hits[0] ?? null;
  }

  percent(code: ParamCode, day: string, k = 1): string | null {
    return this.find(code, day, k)?.ratePercent ?? null;
  }

  count(code: ParamCode, day: string): number | null {
    return this.find(code, day)?.count ?? null;
  }

  amount(code: ParamCode, day: string): number | null {
    return this.find(code, day)?.amountKopecks ?? null;
  }

  text(code: ParamCode, day: string): string | null {
    return this.find(code, day)?.textValue ?? null;
  }
}
