import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import ru from '../i18n/ru.json';
import { formatSalary, inCityRu, pickText, reasonText } from './text.ts';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { ru: { talent: ru }, en: { talent: en } },
  ns: ['talent'],
  defaultNS: 'talent',
  lng: 'ru',
  interpolation: { escapeValue: false },
});
const tRu = i18n.getFixedT('ru');
const tEn = i18n.getFixedT('en');
// Intl puts no-break spaces in Russian numbers; compare with plain ones.
const plain = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('formatSalary', () => {
  it('reads whole roubles a month in each language', () => {
    expect(plain(formatSalary(tRu, 'ru', 60_000, null))).toBe('от 60 000 ₽');
    expect(formatSalary(tEn, 'en', 60_000, null)).toBe('from ₽60,000');
    expect(plain(formatSalary(tRu, 'ru', null, 90_000))).toBe('до 90 000 ₽');
    expect(formatSalary(tEn, 'en', null, 90_000)).toBe('up to ₽90,000');
    expect(plain(formatSalary(tRu, 'ru', 60_000, 90_000))).toBe('60 000 – 90 000 ₽');
    expect(formatSalary(tEn, 'en', 60_000, 90_000)).toBe('₽60,000–90,000');
    expect(formatSalary(tEn, 'en', 50_000, 50_000)).toBe('₽50,000');
    expect(formatSalary(tRu, 'ru', null, null)).toBeNull();
  });
});

describe('pickText', () => {
  it('gives the reader language first and the other one when it is missing', () => {
    expect(pickText('en', 'Стажёр', 'Intern')).toEqual({ text: 'Intern', lang: 'en' });
    expect(pickText('en', 'Стажёр', null)).toEqual({ text: 'Стажёр', lang: 'ru' });
    expect(pickText('ru', null, 'Intern')).toEqual({ text: 'Intern', lang: 'en' });
    expect(pickText('ru', '  ', '')).toBeNull();
  });
});

describe('reasonText', () => {
  it('words skill overlap with the plural of the total', () => {
    const r = { code: 'required_skills', matched: 5, of: 7 } as const;
    expect(reasonText(tRu, 'ru', r, 'student')).toBe('5 из 7 обязательных навыков');
    expect(reasonText(tEn, 'en', r, 'student')).toBe('5 of 7 required skills');
    const one = { code: 'required_skills', matched: 1, of: 1 } as const;
    expect(reasonText(tRu, 'ru', one, 'student')).toBe('1 из 1 обязательного навыка');
    expect(reasonText(tEn, 'en', one, 'student')).toBe('1 of 1 required skill');
    const twentyOne = { code: 'nice_skills', matched: 3, of: 21 } as const;
    expect(reasonText(tRu, 'ru', twentyOne, 'student')).toBe('3 из 21 желательного навыка');
  });

  it('puts the city in the Russian locative and in English', () => {
    const r = { code: 'prefers_region', city: 'Томск' } as const;
    expect(reasonText(tRu, 'ru', r, 'recruiter')).toBe('хочет остаться в Томске');
    expect(reasonText(tEn, 'en', r, 'recruiter')).toBe('prefers to stay in Tomsk');
    expect(reasonText(tRu, 'ru', r, 'student')).toBe('вы хотите остаться в Томске');
    expect(inCityRu('Тайга')).toBe('в городе Тайга');
  });

  it('names the university in the reader language', () => {
    const r = { code: 'university', universityName: 'ТУСУР', universityNameEn: 'TUSUR' } as const;
    expect(reasonText(tEn, 'en', r, 'recruiter')).toBe('studied at TUSUR');
    expect(reasonText(tRu, 'ru', r, 'recruiter')).toBe('вуз: ТУСУР');
  });
});
