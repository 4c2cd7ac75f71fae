import type { Wire } from '@inohub/contracts/wire';
import type { EligibilityCheckView } from '@inohub/contracts/zone/eligibility';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Runs the rules E1–E7 on the saved draft without submitting it. */
export function useEligibilityCheck(id: string) {
  return useMutation({
    mutationFn: () =>
      api<Wire<typeof EligibilityCheckView>>(
        `/api/zone/applications/${encodeURIComponent(id)}/eligibility-check`,
        {
          method: 'POST',
          body: {},
        },
      ),
  });
}
