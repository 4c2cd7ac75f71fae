import type { Visibility } from '@inohub/contracts/talent/enums';

export type TalentConsentPurpose = 'talent_recruiters' | 'talent_public';

/**
 * The consents a visibility stands for (docs/domain/talent.md, "Visibility"): public grants both
 * showing the profile to approved employers and to everyone; recruiters-only grants the first and
 * withdraws the second; hidden withdraws both.
 */
export function consentsOfVisibility(visibility: Visibility): Record<TalentConsentPurpose, boolean> {
  return {
    talent_recruiters: visibility !== 'hidden',
    talent_public: visibility === 'public',
  };
}

/**
 * The ledger entries a visibility needs, given what the ledger says now: only the purposes whose
 * state changes, so that saving a profile twice writes nothing the second time.
 */
export function consentChanges(
  current: Record<TalentConsentPurpose, boolean>,
  visibility: Visibility,
): Array<{ purpose: TalentConsentPurpose; granted: boolean }> {
  const wanted = consentsOfVisibility(visibility);
  return (['talent_recruiters', 'talent_public'] as const)
    .filter((purpose) => current[purpose] !== wanted[purpose])
    .map((purpose) => ({ purpose, granted: wanted[purpose] }));
}
