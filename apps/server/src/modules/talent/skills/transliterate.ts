/**
 * Russian to Latin by the ICAO Doc 9303 table, the one Russian passports use since 2013
 * (docs/domain/talent.md, "Skills"): a free addition's code is readable in any language.
 */
const ICAO: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => ICAO[ch] ?? ch).join('');
}

/** Longest slug part of a code, so that `custom-<slug>-<n>` stays within the 64 characters of a code. */
const SLUG_MAX = 48;

/**
 * The code of a free addition: `custom-` and the transliterated name, latin letters and digits
 * separated by dashes (`C++` → `custom-c-plus-plus`, `Гидрология` → `custom-gidrologiia`).
 * A name with nothing to spell (`—`) gets `custom-skill`.
 */
export function customSkillCode(name: string): string {
  const slug = transliterate(name.replace(/\+/g, ' plus ').replace(/#/g, ' sharp '))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents of Latin letters go, the letters stay
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, '');
  return `custom-${slug || 'skill'}`;
}
