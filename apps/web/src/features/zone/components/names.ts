import type { TFunction } from 'i18next';
import { problemMessage } from '../../../components/form-errors.tsx';
import { ApiError } from '../../../lib/api.ts';
import { formatMoney } from '../../../lib/format.ts';

/** The Russian or English variant of a bilingual field. */
export const pick = (lang: string, ru: string, en: string | null | undefined) =>
  lang === 'en' && en ? en : ru;

export const orgName = (lang: string, o: { name?: string; nameEn?: string | null }) =>
  pick(lang, o.name ?? '', o.nameEn);

/** Zone problem codes get their own sentence (`zone.problems.zone_lease_overlaps`), else the shared one. */
export function zoneProblem(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const own = t(`zone.problems.${error.code.replaceAll('.', '_')}`, { defaultValue: '' });
    if (own) return own;
  }
  return problemMessage(t, error);
}

/** Money in millions of roubles, as a chart's axis counts it: `123_400_000_000` kopecks → `1234`. */
export const toMillionRoubles = (kopecks: number): number => kopecks / 100 / 1_000_000;
/** The inverse of `toMillionRoubles`, for `formatMillions` on a chart's tick. */
export const fromMillionRoubles = (millions: number): number => millions * 1_000_000 * 100;

/** A rate written in percent points: `13.5` → `13,5 %` / `13.5 %`. */
export function formatPercentPoints(value: number, lang: string, maximumFractionDigits = 2): string {
  return `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits }).format(value)} %`;
}

/** A finance parameter's value as people read it: "20 %", "2 979 000,00 ₽", "10", "за каждый период". */
export function formatParamValue(
  t: TFunction,
  lang: string,
  kind: 'percent' | 'kopecks' | 'count' | 'text',
  value: string | number | null,
): string {
  if (value === null || value === '') return '—';
  if (kind === 'percent') return formatPercentPoints(Number(value), lang, 4);
  if (kind === 'kopecks') return formatMoney(Number(value), 'RUB', lang);
  if (kind === 'count') return String(Number(value));
  return t(`zone.rates.text.${value}`, { defaultValue: String(value) });
}
