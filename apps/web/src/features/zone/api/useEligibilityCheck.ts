import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { RuleResult } from './types.ts';

/** Runs the rules E1–E7 on the saved draft without submitting it. */
export function useEligibilityCheck(id: string) {
  return useMutation({
    mutationFn: () =>
      api<{ results: RuleResult[]; blocking: RuleResult[] }>(
        `/api/zone/applications/${encodeURIComponent(id)}/eligibility-check`,
        { method: 'POST', body: {} },
      ),
  });
}
