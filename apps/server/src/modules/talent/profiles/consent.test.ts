import { describe, expect, it } from 'vitest';
import { consentChanges, consentsOfVisibility } from './consent.ts';

const none = { talent_recruiters: false, talent_public: false };
const both = { talent_recruiters: true, talent_public: true };

describe('consents of a visibility', () => {
  it('maps each visibility to its two purposes', () => {
    expect(consentsOfVisibility('public')).toEqual(both);
    expect(consentsOfVisibility('recruiters')).toEqual({ talent_recruiters: true, talent_public: false });
    expect(consentsOfVisibility('hidden')).toEqual(none);
  });

  it('records only what changes', () => {
    expect(consentChanges(none, 'hidden')).toEqual([]);
    expect(consentChanges(none, 'public')).toEqual([
      { purpose: 'talent_recruiters', granted: true },
      { purpose: 'talent_public', granted: true },
    ]);
    expect(consentChanges(both, 'recruiters')).toEqual([{ purpose: 'talent_public', granted: false }]);
    expect(consentChanges(both, 'hidden')).toEqual([
      { purpose: 'talent_recruiters', granted: false },
      { purpose: 'talent_public', granted: false },
    ]);
    expect(consentChanges(both, 'public')).toEqual([]);
  });
});
