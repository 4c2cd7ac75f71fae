import { describe, expect, it } from 'vitest';
import { completeInn, completeOgrn, isValidInn, isValidOgrn } from '../russian-ids.ts';

describe('INN and OGRN check digits', () => {
  it('accepts published valid numbers of both lengths', () => {
    expect(isValidInn('7707083893')).toBe(true); // legal entity
    expect(isValidInn('500100732259')).toBe(true); // individual
    expect(isValidOgrn('1027700132195')).toBe(true); // OGRN
    expect(isValidOgrn('304500116000157')).toBe(true); // OGRNIP
  });

  it('refuses a changed digit, a wrong length and non-digits', () => {
    expect(isValidInn('7707083894')).toBe(false);
    expect(isValidInn('500100732258')).toBe(false);
    expect(isValidInn('770708389')).toBe(false);
    expect(isValidInn('77070838a3')).toBe(false);
    expect(isValidOgrn('1027700132196')).toBe(false);
    expect(isValidOgrn('304500116000158')).toBe(false);
    expect(isValidOgrn('10277001321')).toBe(false);
  });

  it('completes prefixes into valid numbers (the demo generator relies on it)', () => {
    for (let i = 0; i < 200; i++) {
      const p = String(700000000 + i * 7919);
      expect(isValidInn(completeInn(p))).toBe(true);
      expect(isValidInn(completeInn(`${p}1`))).toBe(true);
      expect(isValidOgrn(completeOgrn(`1177000${String(i).padStart(5, '0')}`))).toBe(true);
      expect(isValidOgrn(completeOgrn(`31770000${String(i).padStart(6, '0')}`))).toBe(true);
    }
  });
});
