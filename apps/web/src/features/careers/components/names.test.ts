import { describe, expect, it } from 'vitest';
import { shortLabel } from './names.ts';

describe('shortLabel', () => {
  it('gives long university names as their initials', () => {
    expect(shortLabel('Томский государственный архитектурно-строительный университет', 'university')).toBe(
      'ТГАСУ',
    );
    expect(shortLabel('Томский политехнический университет', 'university')).toBe('ТПУ');
    expect(shortLabel('Tomsk State University of Architecture and Building', 'university')).toBe('TSUAB');
  });

  it('keeps short names and cuts other long ones', () => {
    expect(shortLabel('Без участия', 'participation')).toBe('Без участия');
    expect(shortLabel('Информатика и вычислительная техника', 'program')).toBe('Информатика и вычисл…');
  });
});
