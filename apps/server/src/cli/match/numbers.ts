// biome-ignore-all lint/style/noNonNullAssertion: byte loops within [start, end).

/**
 * Largest rank accepted (2^32 - 1): ranks may have gaps, but only their order matters, and 32-bit ranks
 * halve the memory a national file needs compared with doubles.
 */
export const MAX_RANK = 2 ** 32 - 1;
/** Largest capacity accepted: the engine stores seats as int32, and no match has 2^31 students. */
export const MAX_CAPACITY = 2 ** 31 - 1;

/** Why a number field was refused; `value` is set when `problem` is undefined. */
export interface ParsedInteger {
  readonly value: number;
  readonly problem: 'empty' | 'not an integer' | 'negative' | 'too large' | undefined;
}

const EMPTY: ParsedInteger = { value: 0, problem: 'empty' };
const NOT_INTEGER: ParsedInteger = { value: 0, problem: 'not an integer' };
const NEGATIVE: ParsedInteger = { value: 0, problem: 'negative' };
const TOO_LARGE: ParsedInteger = { value: 0, problem: 'too large' };

/**
 * Parses ASCII digits only: no sign, no spaces, no decimal point or exponent ("3.0" and " 3" are refused
 * rather than guessed at). Returns a number on the fast path and an object describing the problem
 * otherwise, so the common case allocates nothing.
 */
export function parseNonNegative(
  bytes: Uint8Array,
  start: number,
  end: number,
  max: number,
): number | ParsedInteger {
  if (start === end) return EMPTY;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = bytes[i]! - 0x30;
    if (digit < 0 || digit > 9) {
      if (i === start && bytes[i] === 0x2d && end - start > 1 && allDigits(bytes, start + 1, end))
        return NEGATIVE;
      return NOT_INTEGER;
    }
    value = value * 10 + digit;
  }
  // Beyond 2^53 the running value is inexact, but it is then far above any max used here.
  return value > max ? TOO_LARGE : value;
}

function allDigits(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i]! < 0x30 || bytes[i]! > 0x39) return false;
  return true;
}
