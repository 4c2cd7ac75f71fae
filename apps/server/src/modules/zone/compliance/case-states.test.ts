import { CASE_STATUSES } from '@inohub/contracts/zone/compliance';
import { describe, expect, it } from 'vitest';
import { allowedStatuses, canMove, isClosed } from './case-states.ts';

describe('compliance case states', () => {
  it('an open or acknowledged case can be worked and closed', () => {
    expect(allowedStatuses('open')).toEqual(['acknowledged', 'resolved', 'dismissed']);
    expect(allowedStatuses('acknowledged')).toEqual(['open', 'resolved', 'dismissed']);
  });

  it('a closed case can only be reopened', () => {
    expect(allowedStatuses('resolved')).toEqual(['open']);
    expect(allowedStatuses('dismissed')).toEqual(['open']);
    expect(canMove('resolved', 'dismissed')).toBe(false);
  });

  it('no status moves to itself', () => {
    for (const s of CASE_STATUSES) expect(canMove(s, s)).toBe(false);
  });

  it('resolved and dismissed are the closed statuses', () => {
    expect(CASE_STATUSES.filter(isClosed)).toEqual(['resolved', 'dismissed']);
  });
});
