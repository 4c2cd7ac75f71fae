/**
 * Check digits of Russian state registration numbers. The Federal Tax Service publishes the
 * algorithms; a typo in an INN or OGRN almost always breaks its check digit, so we refuse it
 * at the door instead of storing a record nobody can match against the state register.
 */

const digitsOf = (value: string) => [...value].map(Number);

function innCheckDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  return (sum % 11) % 10;
}

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** INN of a legal entity (10 digits) or of an individual / sole proprietor (12 digits). */
export function isValidInn(inn: string): boolean {
  if (!/^\d{10}$|^\d{12}$/.test(inn)) return false;
  const d = digitsOf(inn);
  if (d.length === 10) return innCheckDigit(d, INN10_WEIGHTS) === d[9];
  return innCheckDigit(d, INN12_WEIGHTS_11) === d[10] && innCheckDigit(d, INN12_WEIGHTS_12) === d[11];
}

/** OGRN of a legal entity (13 digits, mod 11) or OGRNIP of a sole proprietor (15 digits, mod 13). */
export function isValidOgrn(ogrn: string): boolean {
  if (!/^\d{13}$|^\d{15}$/.test(ogrn)) return false;
  const body = BigInt(ogrn.slice(0, -1));
  const modulus = ogrn.length === 13 ? 11n : 13n;
  return Number((body % modulus) % 10n) === Number(ogrn.at(-1));
}

/** Completes the first 9 (or 10) digits of an INN with its check digit(s); used by the demo generator. */
export function completeInn(prefix: string): string {
  const d = digitsOf(prefix);
  if (d.length === 9) return prefix + innCheckDigit(d, INN10_WEIGHTS);
  if (d.length === 10) {
    const n11 = innCheckDigit(d, INN12_WEIGHTS_11);
    const n12 = innCheckDigit([...d, n11], INN12_WEIGHTS_12);
    return `${prefix}${n11}${n12}`;
  }
  throw new Error('An INN prefix has 9 or 10 digits');
}

/** Completes the first 12 (OGRN) or 14 (OGRNIP) digits with the check digit. */
export function completeOgrn(prefix: string): string {
  if (!/^\d{12}$|^\d{14}$/.test(prefix)) throw new Error('An OGRN prefix has 12 or 14 digits');
  const modulus = prefix.length === 12 ? 11n : 13n;
  return prefix + String((BigInt(prefix) % modulus) % 10n);
}
