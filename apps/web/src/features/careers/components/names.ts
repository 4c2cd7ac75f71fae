import type { TFunction } from 'i18next';
import { problemMessage } from '../../../components/form-errors.tsx';
import { ApiError } from '../../../lib/api.ts';

/** The Russian or English variant of a bilingual name. */
export const pick = (lang: string, ru: string, en: string | null | undefined) =>
  lang === 'en' && en ? en : ru;

/** Talent problem codes get their own sentence (`careers.problems.talent_survey_expired`), else the shared one. */
export function careersProblem(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const own = t(`careers.problems.${error.code.replaceAll('.', '_')}`, { defaultValue: '' });
    if (own) return own;
    // The server's own sentence is in the caller's language; better than a generic one for a business rule.
    if (error.status === 409 || error.status === 422) return error.message || problemMessage(t, error);
  }
  return problemMessage(t, error);
}

/**
 * A group's name short enough for a phone's chart axis (the table beside it has the full one): a university's
 * initials ("Томский государственный архитектурно-строительный университет" → "ТГАСУ"), anything else cut.
 */
export function shortLabel(label: string, by: string | undefined): string {
  if (label.length <= 22) return label;
  if (by === 'university' || by === undefined)
    return label
      .split(/[\s-]+/)
      .filter((w) => w.length > 3 || /^[A-ZА-ЯЁ]/.test(w)) // not 'и', 'of', 'and'
      .map((w) => (w[0] ?? '').toUpperCase())
      .join('');
  return `${label.slice(0, 20).trimEnd()}…`;
}
