import type { TFunction } from 'i18next';
import { problemMessage } from '../../../components/form-errors.tsx';
import { ApiError } from '../../../lib/api.ts';
import type { ReasonItem } from '../api/types.ts';

/**
 * A bilingual field in the reader's language first, the other language when the first is missing;
 * `lang` says which one came back so the element can carry a `lang` attribute (screen readers switch voice).
 */
export function pickText(
  lang: string,
  ru: string | null | undefined,
  en: string | null | undefined,
): { text: string; lang: 'ru' | 'en' } | null {
  const order: Array<['ru' | 'en', string | null | undefined]> =
    lang === 'en'
      ? [
          ['en', en],
          ['ru', ru],
        ]
      : [
          ['ru', ru],
          ['en', en],
        ];
  for (const [l, v] of order) if (v?.trim()) return { text: v, lang: l };
  return null;
}

export const titleOf = (lang: string, o: { titleRu: string | null; titleEn: string | null }) =>
  pickText(lang, o.titleRu, o.titleEn)?.text ?? '—';

export const nameOf = (lang: string, o: { name: string; nameEn: string | null }) =>
  lang === 'en' && o.nameEn ? o.nameEn : o.name;

export const skillName = (lang: string, s: { nameRu: string; nameEn: string }) =>
  lang === 'en' ? s.nameEn || s.nameRu : s.nameRu || s.nameEn;

/**
 * The region's cities as people write them in each language, and the Russian locative ("в Томске")
 * that "хочет остаться в …" needs. Cities not listed keep their name and read "в городе N".
 */
const CITIES: Record<string, { en: string; in: string }> = {
  Томск: { en: 'Tomsk', in: 'Томске' },
  Северск: { en: 'Seversk', in: 'Северске' },
  Новосибирск: { en: 'Novosibirsk', in: 'Новосибирске' },
  Кемерово: { en: 'Kemerovo', in: 'Кемерове' },
  Красноярск: { en: 'Krasnoyarsk', in: 'Красноярске' },
  Барнаул: { en: 'Barnaul', in: 'Барнауле' },
  Омск: { en: 'Omsk', in: 'Омске' },
  Москва: { en: 'Moscow', in: 'Москве' },
  'Санкт-Петербург': { en: 'St Petersburg', in: 'Санкт-Петербурге' },
  Екатеринбург: { en: 'Yekaterinburg', in: 'Екатеринбурге' },
  Тюмень: { en: 'Tyumen', in: 'Тюмени' },
  Стрежевой: { en: 'Strezhevoy', in: 'Стрежевом' },
  Асино: { en: 'Asino', in: 'Асине' },
  Колпашево: { en: 'Kolpashevo', in: 'Колпашеве' },
  Иркутск: { en: 'Irkutsk', in: 'Иркутске' },
  Казань: { en: 'Kazan', in: 'Казани' },
};

export const cityName = (lang: string, city: string) => (lang === 'en' ? (CITIES[city]?.en ?? city) : city);

/** "в Томске" / "в городе Асино". */
export const inCityRu = (city: string) => (CITIES[city] ? `в ${CITIES[city].in}` : `в городе ${city}`);

/**
 * Salaries are whole roubles a month: "от 60 000 ₽", "до 90 000 ₽", "60 000 – 90 000 ₽" /
 * "from ₽60,000", "up to ₽90,000", "₽60,000–90,000"; null when the posting names none.
 */
export function formatSalary(
  t: TFunction,
  lang: string,
  from: number | null | undefined,
  to: number | null | undefined,
): string | null {
  const locale = lang === 'en' ? 'en-GB' : 'ru-RU';
  const money = (n: number) =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'RUB',
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
    }).format(n);
  const plain = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
  const hasFrom = from != null;
  const hasTo = to != null;
  if (hasFrom && hasTo && from === to) return money(from);
  if (hasFrom && hasTo)
    return lang === 'en' ? `${money(from)}–${plain(to)}` : `${plain(from)} – ${money(to)}`;
  if (hasFrom) return t('talent.salary.from', { amount: money(from) });
  if (hasTo) return t('talent.salary.upTo', { amount: money(to) });
  return null;
}

/**
 * A recommendation's reason in the reader's words. `audience` says who reads it: a student reading why a
 * posting suits them, or a recruiter reading why a candidate suits the posting (docs/domain/talent.md,
 * "Recommendations").
 */
export function reasonText(
  t: TFunction,
  lang: string,
  r: ReasonItem,
  audience: 'student' | 'recruiter',
): string {
  switch (r.code) {
    case 'required_skills':
      return t('talent.reasons.requiredSkills', { count: r.of, matched: r.matched, of: r.of });
    case 'nice_skills':
      return t('talent.reasons.niceSkills', { count: r.of, matched: r.matched, of: r.of });
    case 'text':
      return t('talent.reasons.text', { terms: r.terms.slice(0, 4).join(', ') });
    case 'prefers_region':
      return lang === 'en'
        ? t(`talent.reasons.prefersRegion.${audience}`, { city: cityName(lang, r.city) })
        : t(`talent.reasons.prefersRegion.${audience}`, { city: inCityRu(r.city) });
    case 'same_city':
      return t('talent.reasons.sameCity', { city: cityName(lang, r.city) });
    case 'remote':
      return t('talent.reasons.remote');
    case 'open_to_relocation':
      return t(`talent.reasons.relocation.${audience}`);
    case 'university':
      return t('talent.reasons.university', {
        name: lang === 'en' && r.universityNameEn ? r.universityNameEn : r.universityName,
      });
    case 'internship_for_student':
      return t(`talent.reasons.internship.${audience}`);
  }
}

/** Talent problem codes get their own sentence (`talent.problems.talent_already_applied`), else the shared one. */
export function talentProblem(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const own = t(`talent.problems.${error.code.replaceAll('.', '_')}`, { defaultValue: '' });
    if (own) return own;
  }
  return problemMessage(t, error);
}

/** A missing record (or one the viewer may not see) reads as "not found", not as a failure to retry. */
export const isMissing = (error: unknown) =>
  error instanceof ApiError && [400, 403, 404].includes(error.status);
