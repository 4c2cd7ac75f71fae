import { describe, expect, it } from 'vitest';
import { actionsForViewer, isEditable } from './policy.ts';
import { AWAITING_ADMIN_STATES, TRANSITIONS } from './state-machine.ts';

// The table's declared side effects against docs/domain/zone.md, "State machine".
describe('transition table', () => {
  it('releases the held units on every way into rejected, terminated or registered, and only there', () => {
    for (const t of TRANSITIONS) {
      const releases = t.effects?.includes('release_holds') ?? false;
      expect(releases, `${t.from} × ${t.action}`).toBe(
        ['rejected', 'terminated', 'registered'].includes(t.to),
      );
    }
  });

  it('asks for the termination ground on every terminate and the agreement on sign_agreement', () => {
    for (const t of TRANSITIONS) {
      if (t.action === 'terminate') expect(t.needs).toBe('reason');
      else if (t.action === 'sign_agreement') expect(t.needs).toBe('agreement');
      else expect(t.needs).toBeUndefined();
    }
  });

  it('keeps the resident in step wherever the application moves after registration', () => {
    for (const t of TRANSITIONS) {
      const syncs = t.effects?.includes('sync_resident') ?? false;
      expect(syncs, `${t.from} × ${t.action}`).toBe(
        ['registered', 'active', 'amendment_pending'].includes(t.from),
      );
    }
  });

  it('puts the states with a forward administrator decision in the reviewer queue', () => {
    expect([...AWAITING_ADMIN_STATES].sort()).toEqual(
      [
        'agreement_signed',
        'amendment_pending',
        'approved',
        'expert_council_review',
        'registered',
        'submitted',
        'supervisory_board_review',
      ].sort(),
    );
  });
});

describe('viewer rules', () => {
  it('lets only the applicant edit, and only a draft or an application sent back', () => {
    expect(isEditable('draft', ['applicant'])).toBe(true);
    expect(isEditable('revision_requested', ['applicant', 'zone_admin'])).toBe(true);
    expect(isEditable('draft', ['zone_admin'])).toBe(false);
    expect(isEditable('submitted', ['applicant'])).toBe(false);
  });

  it('does not offer a second approve to the administrator who already approved the round', () => {
    expect(actionsForViewer('expert_council_review', ['zone_admin'], 'a1', [])).toContain('approve');
    expect(actionsForViewer('expert_council_review', ['zone_admin'], 'a1', ['a1'])).not.toContain('approve');
    expect(actionsForViewer('expert_council_review', ['zone_admin'], 'a2', ['a1'])).toContain('approve');
  });
});
