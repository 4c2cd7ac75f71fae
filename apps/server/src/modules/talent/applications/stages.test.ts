import { APPLICATION_STAGES, type ApplicationStage } from '@inohub/contracts/talent/enums';
import { describe, expect, it } from 'vitest';
import { applicantMoves, checkMove, recruiterMoves } from './stages.ts';

// The transition table of docs/domain/talent.md, "Applications", written out by hand: each row is
// a stage and the stages a recruiter may move it to. The code must reproduce it exactly.
const RECRUITER_TABLE: Record<ApplicationStage, ApplicationStage[]> = {
  new: ['screening', 'interview', 'offer', 'rejected'],
  screening: ['new', 'interview', 'offer', 'rejected'],
  interview: ['screening', 'offer', 'rejected'],
  offer: ['interview', 'hired', 'rejected'],
  hired: [],
  rejected: [],
  withdrawn: [],
};

describe('application stage transitions', () => {
  it.each(APPLICATION_STAGES)('recruiter moves from %s', (from) => {
    expect(recruiterMoves(from)).toEqual(RECRUITER_TABLE[from]);
  });

  it('checks every (from, to) pair against the table', () => {
    for (const from of APPLICATION_STAGES)
      for (const to of APPLICATION_STAGES) {
        const expected = RECRUITER_TABLE[from].includes(to);
        expect(checkMove('recruiter', from, to).ok, `${from} → ${to}`).toBe(expected);
      }
  });

  it('hired, rejected and withdrawn are final for both sides', () => {
    for (const from of ['hired', 'rejected', 'withdrawn'] as const) {
      expect(checkMove('recruiter', from, 'new')).toEqual({ ok: false, reason: 'final' });
      expect(checkMove('applicant', from, 'withdrawn')).toEqual({ ok: false, reason: 'final' });
      expect(applicantMoves(from)).toEqual([]);
    }
  });

  it('nobody is hired without an offer, and back moves go one step only', () => {
    expect(checkMove('recruiter', 'interview', 'hired')).toEqual({ ok: false, reason: 'not_allowed' });
    expect(checkMove('recruiter', 'offer', 'screening')).toEqual({ ok: false, reason: 'not_allowed' });
    expect(checkMove('recruiter', 'offer', 'interview')).toEqual({ ok: true });
  });

  it('the applicant may only withdraw, and the recruiter may not withdraw for them', () => {
    expect(applicantMoves('interview')).toEqual(['withdrawn']);
    expect(checkMove('applicant', 'new', 'screening').ok).toBe(false);
    expect(checkMove('recruiter', 'new', 'withdrawn').ok).toBe(false);
    expect(checkMove('recruiter', 'screening', 'screening')).toEqual({ ok: false, reason: 'same' });
  });
});
