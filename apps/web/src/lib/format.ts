/**
 * Numbers, money, dates and times as people read them, in the interface language (`Intl`, ru-RU / en-GB).
 * Every function takes the language last and defaults to the current one, so components call `formatMoney(x)`
 * and re-render with the language.
 */
import i18n from 'i18next';

const intlLocale = (lang = i18n.language) => (lang === 'en' ? 'en-GB' : 'ru-RU');
const current = (lang?: string) => lang ?? i18n.language;

export function formatNumber(value: number, lang?: string): string {
  return new Intl.NumberFormat(intlLocale(lang)).format(value);
}

// ── Money ─────────────────────────────────────────────────────────────────────────────────────────────────────────
// The API keeps money in minor units (kopecks, integers); people type and read roubles.

/** Money is kept in minor units (kopecks): `123456789` → `1 234 567,89 ₽` / `RUB 1,234,567.89`. */
export function formatMoney(minor: number | bigint, currency = 'RUB', lang?: string): string {
  const l = current(lang);
  const major = typeof minor === 'bigint' ? Number(minor) / 100 : minor / 100;
  return new Intl.NumberFormat(intlLocale(l), {
    style: 'currency',
    currency,
    currencyDisplay: l === 'en' ? 'code' : 'symbol',
  }).format(major);
}

/** Money in millions of roubles, for chart axes and headline figures: `1 234,5 млн ₽` / `RUB 1,234.5m`. */
export function formatMillions(kopecks: number, lang?: string): string {
  const l = current(lang);
  const n = new Intl.NumberFormat(intlLocale(l), { maximumFractionDigits: 1 }).format(
    kopecks / 100 / 1_000_000,
  );
  return l === 'en' ? `RUB ${n}m` : `${n} млн ₽`;
}

/**
 * Roubles typed by a person (a number, or text such as `1 234,56`) → kopecks for the API; `null` when empty or not
 * a number. Rounds to the nearest kopeck.
 */
export function toKopecks(roubles: number | string | null | undefined): number | null {
  if (roubles === null || roubles === undefined) return null;
  const n =
    typeof roubles === 'number'
      ? roubles
      : Number(roubles.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  if (typeof roubles === 'string' && roubles.trim() === '') return null;
  return Number.isFinite(n) ? Math.round(n * 100) : null;
}

/** Kopecks from the API → roubles for a number field; `''` (an empty field) when there is no amount. */
export function toRoubles(kopecks: number | null | undefined): number | '' {
  return kopecks === null || kopecks === undefined ? '' : kopecks / 100;
}

// ── Shares and measures ───────────────────────────────────────────────────────────────────────────────────────────

/** A share 0..1: `66,7 %` / `66.7%`. */
export function formatShare(share: number, lang?: string): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(
    share,
  );
}

/** Area in square metres: `1 234,5 м²` / `1,234.5 m²`. */
export function formatArea(m2: number, lang?: string): string {
  const l = current(lang);
  return `${new Intl.NumberFormat(intlLocale(l), { maximumFractionDigits: 1 }).format(m2)} ${l === 'en' ? 'm²' : 'м²'}`;
}

// ── Dates and times ───────────────────────────────────────────────────────────────────────────────────────────────

/** The zone the SEZ and its deadlines live in. */
export const TOMSK = 'Asia/Tomsk';

const isCalendarDate = (value: string | Date): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * A calendar date: `25.11.2026` / `25 Nov 2026`. A `YYYY-MM-DD` string is a day, not an instant, and shows as that
 * day wherever the reader is; an instant shows as its day in `timeZone` (default: the browser's).
 */
export function formatDate(value: string | Date, lang?: string, timeZone?: string): string {
  const l = current(lang);
  const options: Intl.DateTimeFormatOptions =
    l === 'en'
      ? { day: 'numeric', month: 'short', year: 'numeric' }
      : { day: '2-digit', month: '2-digit', year: 'numeric' };
  const zone = isCalendarDate(value) ? 'UTC' : timeZone;
  return new Intl.DateTimeFormat(intlLocale(l), { ...options, timeZone: zone }).format(new Date(value));
}

/** An instant with its zone, for times people may read from different zones: `25.11.2026, 14:02 GMT+7`. */
export function formatDateTime(value: string | Date, timeZone?: string, lang?: string): string {
  const l = current(lang);
  const date = formatDate(value, l, timeZone);
  const time = new Intl.DateTimeFormat(intlLocale(l), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(value));
  return `${date}, ${time}`;
}

/** A clock time in the browser's zone, for "saved at 14:02" next to what the person is doing: `14:02`. */
export function formatTime(value: Date, lang?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { hour: '2-digit', minute: '2-digit', timeZone }).format(
    value,
  );
}

/** Today in a zone as `YYYY-MM-DD` (the form the API takes dates in); Tomsk by default. */
export function todayIn(timeZone: string = TOMSK, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
}

/** Today in Tomsk as `YYYY-MM-DD`. */
export const todayInTomsk = (): string => todayIn(TOMSK);
