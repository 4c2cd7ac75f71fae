import type { GeoBucket } from '@inohub/contracts/talent/enums';

// Where a working graduate works, as the retention figures split it (docs/domain/talent.md, "Geography").

/** The home region: the Tomsk region (ISO 3166-2:RU). */
export const HOME_REGION = 'RU-TOM';

/**
 * The other subjects of the Siberian Federal District (presidential decree No. 849 of 13.05.2000 as
 * amended by decree No. 632 of 03.11.2018, which moved Buryatia and Zabaykalsky Krai to the Far East).
 */
export const SIBERIA = new Set([
  'RU-AL',
  'RU-ALT',
  'RU-IRK',
  'RU-KEM',
  'RU-KYA',
  'RU-NVS',
  'RU-OMS',
  'RU-TY',
  'RU-KK',
]);

/** Moscow and St Petersburg with the regions around them, where the capitals' labour markets reach. */
export const CAPITALS = new Set(['RU-MOW', 'RU-MOS', 'RU-SPE', 'RU-LEN']);

/** Members and the associate member of the Commonwealth of Independent States (ISO 3166-1 alpha-2). */
export const CIS = new Set(['AM', 'AZ', 'BY', 'KZ', 'KG', 'MD', 'TJ', 'UZ', 'TM']);

/**
 * The bucket of a place of work; null when the place is not known (no region for Russia). Country
 * and region codes are upper-case ISO codes; anything else outside Russia counts as abroad.
 */
export function geoBucketOf(place: { country: string; regionCode: string | null }): GeoBucket | null {
  const country = place.country.toUpperCase();
  if (country !== 'RU') return CIS.has(country) ? 'cis' : 'abroad';
  const region = place.regionCode?.toUpperCase() ?? null;
  if (!region) return null;
  if (region === HOME_REGION) return 'tomsk';
  if (SIBERIA.has(region)) return 'siberia';
  if (CAPITALS.has(region)) return 'moscow_spb';
  return 'other_russia';
}
