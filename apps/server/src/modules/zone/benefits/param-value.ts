import type { ParamKind, ParamProposal } from '@inohub/contracts/zone/benefits';
import type { FieldError } from '../../../lib/errors.ts';
import { PARAM_DEFS } from './params.ts';

/** The body field that carries a value of each kind (one value column per parameter version). */
const FIELD_OF: Record<ParamKind, string> = {
  percent: 'ratePercent',
  kopecks: 'amountKopecks',
  count: 'count',
  text: 'textValue',
};

/**
 * What is wrong with a proposed version: exactly the value column of the parameter's kind must be
 * set (and only it), a text value must be one of the allowed ones, only tiered parameters have
 * tiers, and a version must end after it starts.
 */
export function paramValueErrors(p: ParamProposal): FieldError[] {
  const def = PARAM_DEFS[p.code];
  const given: Record<ParamKind, unknown> = {
    percent: p.ratePercent ?? null,
    kopecks: p.amountKopecks ?? null,
    count: p.count ?? null,
    text: p.textValue ?? null,
  };
  const errors: FieldError[] = (Object.entries(given) as Array<[ParamKind, unknown]>)
    .filter(([kind, v]) => (kind === def.kind ? v === null : v !== null))
    .map(([kind]) => ({
      field: `body.${FIELD_OF[kind]}`,
      message:
        kind === def.kind
          ? `is required for ${p.code}`
          : `does not apply to ${p.code} (use ${FIELD_OF[def.kind]})`,
    }));
  const text = p.textValue ?? null;
  if ('values' in def && text !== null && !(def.values as readonly string[]).includes(text)) {
    errors.push({ field: 'body.textValue', message: `must be one of ${def.values.join(', ')}` });
  }
  if (!('tiered' in def) && (p.tierFrom !== 1 || p.tierTo !== null))
    errors.push({ field: 'body.tierFrom', message: `${p.code} has no tiers` });
  if (p.effectiveTo !== null && p.effectiveTo <= p.effectiveFrom)
    errors.push({ field: 'body.effectiveTo', message: 'must be after effectiveFrom' });
  return errors;
}
