import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.ts';

describe('safeNext', () => {
  it('keeps paths on this site', () => {
    expect(safeNext('/directory?q=томск')).toBe('/directory?q=томск');
  });
  it('refuses other origins and loops', () => {
    for (const bad of [
      '//evil.example',
      'https://evil.example',
      '/\\evil.example',
      '/sign-in?next=/',
      null,
      '',
    ]) {
      expect(safeNext(bad)).toBe('/');
    }
  });
});
