import { describe, expect, it } from 'vitest';
import { consentsFor, widens } from './visibility.ts';

describe('visibility consents', () => {
  it('asks for a consent only when the profile is shown to more people', () => {
    expect(consentsFor('hidden', 'hidden')).toEqual([]);
    expect(consentsFor('hidden', 'recruiters')).toEqual(['talent_recruiters']);
    expect(consentsFor('hidden', 'public')).toEqual(['talent_recruiters', 'talent_public']);
    expect(consentsFor('recruiters', 'public')).toEqual(['talent_public']);
    expect(consentsFor('public', 'recruiters')).toEqual([]);
    expect(consentsFor('public', 'hidden')).toEqual([]);
    expect(widens('recruiters', 'hidden')).toBe(false);
    expect(widens('recruiters', 'public')).toBe(true);
  });
});
