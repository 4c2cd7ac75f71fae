import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber } from './format.ts';

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
  });

  it('formats dates and instants with their zone', () => {
    expect(formatDate('2026-11-25T10:00:00Z', 'ru', 'Asia/Tomsk')).toBe('25.11.2026');
    expect(formatDate('2026-11-25T10:00:00Z', 'en', 'Asia/Tomsk')).toBe('25 Nov 2026');
    expect(plain(formatDateTime('2026-11-25T07:02:00Z', 'Asia/Tomsk', 'ru'))).toBe('25.11.2026, 14:02 GMT+7');
  });
});
