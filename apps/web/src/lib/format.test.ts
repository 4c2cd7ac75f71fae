import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatArea,
  formatDate,
  formatDateTime,
  formatMillions,
  formatMoney,
  formatNumber,
  formatShare,
  formatTime,
  todayIn,
  toKopecks,
  toRoubles,
} from './format.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  beforeAll(async () => {
    await i18n.init({ lng: 'ru', resources: {} });
  });

  it('formats numbers and money per locale', () => {
    expect(plain(formatNumber(1234567, 'ru'))).toBe('1 234 567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(plain(formatMoney(123456789, 'RUB', 'ru'))).toBe('1 234 567,89 ₽');
    expect(plain(formatMoney(123456789n, 'RUB', 'en'))).toBe('RUB 1,234,567.89');
    expect(plain(formatMoney(0, 'RUB', 'ru'))).toBe('0,00 ₽');
  });

  it('uses the interface language when none is given', async () => {
    await i18n.changeLanguage('en');
    expect(plain(formatMoney(100))).toBe('RUB 1.00');
    await i18n.changeLanguage('ru');
    expect(plain(formatMoney(100))).toBe('1,00 ₽');
  });

  it('formats millions for charts', () => {
    expect(plain(formatMillions(123_450_000_000, 'ru'))).toBe('1 234,5 млн ₽');
    expect(formatMillions(123_450_000_000, 'en')).toBe('RUB 1,234.5m');
  });

  it('converts roubles typed by a person to kopecks and back', () => {
    expect(toKopecks(1234567.89)).toBe(123456789);
    expect(toKopecks('1 234 567,89')).toBe(123456789);
    expect(toKopecks('0.1')).toBe(10);
    expect(toKopecks(0.29)).toBe(29); // 0.29 * 100 is 28.999… in floating point
    expect(toKopecks('')).toBeNull();
    expect(toKopecks('  ')).toBeNull();
    expect(toKopecks(null)).toBeNull();
    expect(toKopecks('abc')).toBeNull();
    expect(toRoubles(123456789)).toBe(1234567.89);
    expect(toRoubles(0)).toBe(0);
    expect(toRoubles(null)).toBe('');
  });

  it('formats shares and areas', () => {
    expect(plain(formatShare(0.6667, 'ru'))).toBe('66,7 %');
    expect(formatShare(0.6667, 'en')).toBe('66.7%');
    expect(plain(formatArea(1234.5, 'ru'))).toBe('1 234,5 м²');
    expect(formatArea(1234.5, 'en')).toBe('1,234.5 m²');
  });

  it('formats dates and instants with their zone', () => {
    expect(formatDate('2026-11-25T10:00:00Z', 'ru', 'Asia/Tomsk')).toBe('25.11.2026');
    expect(formatDate('2026-11-25T10:00:00Z', 'en', 'Asia/Tomsk')).toBe('25 Nov 2026');
    expect(plain(formatDateTime('2026-11-25T07:02:00Z', 'Asia/Tomsk', 'ru'))).toBe('25.11.2026, 14:02 GMT+7');
    expect(formatTime(new Date('2026-11-25T07:02:00Z'), 'ru', 'Asia/Tomsk')).toBe('14:02');
  });

  it('shows a calendar date as that day in every zone', () => {
    expect(formatDate('2026-11-25', 'ru', 'America/Los_Angeles')).toBe('25.11.2026');
    expect(formatDate('2026-11-25', 'en', 'Asia/Tomsk')).toBe('25 Nov 2026');
  });

  it("gives today's date in Tomsk", () => {
    // 20:00 UTC on 24 November is already 25 November in Tomsk (UTC+7).
    expect(todayIn('Asia/Tomsk', new Date('2026-11-24T20:00:00Z'))).toBe('2026-11-25');
    expect(todayIn('UTC', new Date('2026-11-24T20:00:00Z'))).toBe('2026-11-24');
  });
});
