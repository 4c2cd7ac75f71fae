import type { Wire } from '@inohub/contracts/wire';
import type { ActionBody, ActionResultView, ApplicationAction } from '@inohub/contracts/zone/applications';
import { RuleResultView } from '@inohub/contracts/zone/eligibility';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, api } from '../../../lib/api.ts';

export type ActionResult = Wire<typeof ActionResultView>;

export function useApplicationAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: ApplicationAction; body?: z.input<typeof ActionBody> }) =>
      api<ActionResult>(`/api/zone/applications/${encodeURIComponent(id)}/actions/${action}`, {
        method: 'POST',
        body: body ?? {},
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ['zone'] }),
  });
}

/** The server refused a submission because a mandatory eligibility rule fails (`zone.eligibility_failed`). */
export const isEligibilityFailure = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.code === 'zone.eligibility_failed';

const Results = z.array(RuleResultView);

/**
 * The check's verdicts the refusal carries (problem member `eligibility`), or null when the error is another one or
 * does not carry them in the expected shape.
 */
export function eligibilityOf(error: unknown): Wire<typeof RuleResultView>[] | null {
  if (!isEligibilityFailure(error)) return null;
  const parsed = Results.safeParse(error.extra.eligibility);
  return parsed.success ? parsed.data : null;
}
