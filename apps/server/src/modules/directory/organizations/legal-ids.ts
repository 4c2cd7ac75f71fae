import type { LegalForm } from '@inohub/contracts/directory';
import { AppError, type FieldError } from '../../../lib/errors.ts';
import { isValidInn, isValidOgrn } from '../russian-ids.ts';

interface LegalIds {
  legalForm: LegalForm | null;
  inn: string | null;
  ogrn: string | null;
}

/**
 * INN and OGRN are optional in general (a foreign partner, a team before registration), but
 * once a Russian legal form is declared the organization exists in the state register, so both
 * numbers are required and must fit the form: a sole proprietor (`ip`) has a 12-digit INN and a
 * 15-digit OGRNIP, every other Russian form a 10-digit INN and a 13-digit OGRN.
 */
export function checkLegalIds(record: LegalIds): void {
  const errors: FieldError[] = [];
  const { legalForm, inn, ogrn } = record;
  if (inn !== null && !isValidInn(inn))
    errors.push({ field: 'body.inn', message: 'check digit does not match', code: 'inn_checksum' });
  if (ogrn !== null && !isValidOgrn(ogrn)) {
    errors.push({ field: 'body.ogrn', message: 'check digit does not match', code: 'ogrn_checksum' });
  }
  if (legalForm !== null && legalForm !== 'foreign') {
    const individual = legalForm === 'ip';
    if (inn === null)
      errors.push({ field: 'body.inn', message: 'is required for a Russian legal form', code: 'required' });
    else if (inn.length !== (individual ? 12 : 10)) {
      errors.push({
        field: 'body.inn',
        message: individual
          ? 'must have 12 digits for a sole proprietor'
          : 'must have 10 digits for a legal entity',
        code: 'inn_length',
      });
    }
    if (ogrn === null)
      errors.push({ field: 'body.ogrn', message: 'is required for a Russian legal form', code: 'required' });
    else if (ogrn.length !== (individual ? 15 : 13)) {
      errors.push({
        field: 'body.ogrn',
        message: individual ? 'must be a 15-digit OGRNIP' : 'must be a 13-digit OGRN',
        code: 'ogrn_length',
      });
    }
  }
  if (errors.length)
    throw new AppError(
      'invalid',
      'directory.invalid_legal_ids',
      'The registration numbers are not valid',
      errors,
    );
}
