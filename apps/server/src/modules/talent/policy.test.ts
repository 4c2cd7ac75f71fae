import type { Visibility } from '@inohub/contracts/talent/enums';
import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS_VIEWER,
  type ProfileAccess,
  profileAccess,
  type TalentViewer,
  visibleVisibilities,
} from './policy.ts';

// The record-level rules alone; visibility-matrix.test.ts checks the same table through HTTP.

const UNI = 'uni-1';
const viewer = (v: Partial<TalentViewer>): TalentViewer => ({ ...ANONYMOUS_VIEWER, userId: 'viewer', ...v });
const VIEWERS: Record<string, TalentViewer> = {
  anonymous: ANONYMOUS_VIEWER,
  student: viewer({}),
  approvedRecruiter: viewer({ recruiterOf: new Set(['a']), approvedRecruiterOf: new Set(['a']) }),
  pendingRecruiter: viewer({ recruiterOf: new Set(['b']) }),
  ownCareerOffice: viewer({ careerOfficeOf: new Set([UNI]) }),
  otherCareerOffice: viewer({ careerOfficeOf: new Set(['uni-2']) }),
  admin: viewer({ isAdmin: true }),
};

const EXPECTED: Record<string, Record<Visibility, ProfileAccess>> = {
  anonymous: { public: 'public', recruiters: 'none', hidden: 'none' },
  student: { public: 'public', recruiters: 'none', hidden: 'none' },
  approvedRecruiter: { public: 'full', recruiters: 'full', hidden: 'none' },
  pendingRecruiter: { public: 'public', recruiters: 'none', hidden: 'none' },
  ownCareerOffice: { public: 'full', recruiters: 'full', hidden: 'full' },
  otherCareerOffice: { public: 'public', recruiters: 'none', hidden: 'none' },
  admin: { public: 'full', recruiters: 'full', hidden: 'none' },
};

describe('profileAccess', () => {
  for (const [name, v] of Object.entries(VIEWERS)) {
    for (const visibility of ['public', 'recruiters', 'hidden'] as const) {
      it(`${name} × ${visibility} → ${EXPECTED[name]?.[visibility]}`, () => {
        expect(profileAccess(v, { userId: 'someone', universityId: UNI, visibility })).toBe(
          EXPECTED[name]?.[visibility],
        );
      });
    }
  }

  it('gives the person their own profile, hidden or not', () => {
    expect(
      profileAccess(viewer({ userId: 'me' }), { userId: 'me', universityId: null, visibility: 'hidden' }),
    ).toBe('owner');
  });

  it('does not take an unclaimed profile for the anonymous viewer’s own', () => {
    expect(profileAccess(ANONYMOUS_VIEWER, { userId: null, universityId: null, visibility: 'hidden' })).toBe(
      'none',
    );
  });
});

describe('visibleVisibilities', () => {
  it('never lets anyone find hidden profiles outside their own university', () => {
    for (const v of Object.values(VIEWERS)) expect(visibleVisibilities(v)).not.toContain('hidden');
    expect(visibleVisibilities(VIEWERS.approvedRecruiter as TalentViewer)).toEqual(['public', 'recruiters']);
    expect(visibleVisibilities(VIEWERS.pendingRecruiter as TalentViewer)).toEqual(['public']);
  });
});
