import type { Visibility } from '@inohub/contracts/talent/enums';

// docs/domain/talent.md, "Visibility": hidden < recruiters only < public.
const RANK: Record<Visibility, number> = { hidden: 0, recruiters: 1, public: 2 };

/** Whether going from `saved` to `next` shows the profile to more people (and so needs a consent). */
export const widens = (saved: Visibility, next: Visibility) => RANK[next] > RANK[saved];

/** The consents a widening needs: recruiters-only, and also public for "everyone" (152-FZ art. 9 and 10.1). */
export function consentsFor(
  saved: Visibility,
  next: Visibility,
): Array<'talent_recruiters' | 'talent_public'> {
  const out: Array<'talent_recruiters' | 'talent_public'> = [];
  if (RANK[saved] < 1 && RANK[next] >= 1) out.push('talent_recruiters');
  if (RANK[saved] < 2 && RANK[next] >= 2) out.push('talent_public');
  return out;
}
