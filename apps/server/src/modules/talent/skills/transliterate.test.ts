import { SkillCode } from '@inohub/contracts/talent/skills';
import { describe, expect, it } from 'vitest';
import { customSkillCode, transliterate } from './transliterate.ts';

describe('transliterate (ICAO Doc 9303)', () => {
  it('spells Russian letters as in a passport', () => {
    expect(transliterate('Щукина Юлия Ёжикова')).toBe('shchukina iuliia ezhikova');
    expect(transliterate('Хабаровск, Цимлянск')).toBe('khabarovsk, tsimliansk');
    expect(transliterate('подъезд, объём, соль')).toBe('podieezd, obieem, sol');
  });
});

describe('customSkillCode', () => {
  it.each([
    ['Гидрология', 'custom-gidrologiia'],
    ['C++', 'custom-c-plus-plus'],
    ['F#', 'custom-f-sharp'],
    ['  Сварка  TIG / MIG ', 'custom-svarka-tig-mig'],
    ['Résumé writing', 'custom-resume-writing'],
    ['—', 'custom-skill'],
  ])('%s → %s', (name, code) => {
    expect(customSkillCode(name)).toBe(code);
  });

  it('is always a valid skill code, even for a long name', () => {
    const code = customSkillCode('Очень длинное название навыка, которое никто не стал бы сокращать вовремя');
    expect(code.length).toBeLessThanOrEqual(56);
    expect(SkillCode.safeParse(`${code}-12`).success).toBe(true);
    expect(code.endsWith('-')).toBe(false);
  });
});
