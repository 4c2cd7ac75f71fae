import type { Organization, Sector } from '../api/types.ts';

/** The organization's name in the interface language, falling back to the other one. */
export const orgName = (org: Pick<Organization, 'name' | 'nameEn'>, lang: string) =>
  lang === 'en' ? org.nameEn || org.name : org.name;

/** The description in the interface language, else the other, with the language it is in. */
export function orgDescription(org: Pick<Organization, 'descriptionRu' | 'descriptionEn'>, lang: string) {
  const order = lang === 'en' ? (['en', 'ru'] as const) : (['ru', 'en'] as const);
  for (const l of order) {
    const text = l === 'en' ? org.descriptionEn : org.descriptionRu;
    if (text) return { text, lang: l };
  }
  return null;
}

export const sectorName = (s: Pick<Sector, 'nameRu' | 'nameEn'>, lang: string) =>
  lang === 'en' ? s.nameEn : s.nameRu;
