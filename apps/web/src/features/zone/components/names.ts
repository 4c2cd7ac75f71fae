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

/** Today in Tomsk as `YYYY-MM-DD`. */
export const todayInTomsk = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tomsk' }).format(new Date());

/** Roubles typed by a person → kopecks for the API. */
export const toKopecks = (roubles: number | string) =>
  roubles === '' || roubles === null ? null : Math.round(Number(roubles) * 100);
export const toRoubles = (kopecks: number | null | undefined) => (kopecks == null ? '' : kopecks / 100);

/** A share 0..1 as `66,7 %` / `66.7%`. */
export function formatShare(share: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ru-RU', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

/** Area in m²: `1 234,5 м²`. */
export function formatArea(m2: number, lang: string): string {
  return `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 1 }).format(m2)} ${
    lang === 'en' ? 'm²' : 'м²'
  }`;
}

/** Money in millions of roubles for chart axes: `1 234,5 млн ₽` / `RUB 1,234.5m`. */
export function formatMillions(kopecks: number, lang: string): string {
  const n = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 1 }).format(
    kopecks / 100 / 1_000_000,
  );
  return lang === 'en' ? `RUB ${n}m` : `${n} млн ₽`;
}

/** A clock time in the browser's zone: `14:02`. */
export function formatTime(value: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ru-RU', {
    hour: '2-digit',
    minute: '2-digit',
  }).format(value);
}

/** A finance parameter's value as people read it: "20 %", "2 979 000,00 ₽", "10", "за каждый период". */
export function formatParamValue(
  t: TFunction,
  lang: string,
  kind: 'percent' | 'kopecks' | 'count' | 'text',
  value: string | number | null,
): string {
  if (value === null || value === '') return '—';
  if (kind === 'percent')
    return `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 4 }).format(Number(value))} %`;
  if (kind === 'kopecks') return formatMoney(Number(value));
  if (kind === 'count') return String(Number(value));
  return t(`zone.rates.text.${value}`, { defaultValue: String(value) });
}
