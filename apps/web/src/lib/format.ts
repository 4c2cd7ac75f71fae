import i18n from 'i18next';

const intlLocale = (lang = i18n.language) => (lang === 'en' ? 'en-GB' : 'ru-RU');

export function formatNumber(value: number, lang?: string): string {
  return new Intl.NumberFormat(intlLocale(lang)).format(value);
}

/** Money is kept in minor units (kopecks): `123456789` → `1 234 567,89 ₽` / `RUB 1,234,567.89`. */
export function formatMoney(minor: number | bigint, currency = 'RUB', lang?: string): string {
  const l = lang ?? i18n.language;
  const major = typeof minor === 'bigint' ? Number(minor) / 100 : minor / 100;
  return new Intl.NumberFormat(intlLocale(l), {
    style: 'currency',
    currency,
    currencyDisplay: l === 'en' ? 'code' : 'symbol',
  }).format(major);
}

/** A calendar date: `25.11.2026` / `25 Nov 2026`. */
export function formatDate(value: string | Date, lang?: string, timeZone?: string): string {
  const l = lang ?? i18n.language;
  const options: Intl.DateTimeFormatOptions =
    l === 'en'
      ? { day: 'numeric', month: 'short', year: 'numeric' }
      : { day: '2-digit', month: '2-digit', year: 'numeric' };
  return new Intl.DateTimeFormat(intlLocale(l), { ...options, timeZone }).format(new Date(value));
}

/** An instant with its zone, for times people may read from different zones: `25.11.2026, 14:02 GMT+7`. */
export function formatDateTime(value: string | Date, timeZone?: string, lang?: string): string {
  const l = lang ?? i18n.language;
  const date = formatDate(value, l, timeZone);
  const time = new Intl.DateTimeFormat(intlLocale(l), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(value));
  return `${date}, ${time}`;
}
