import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ActionBody, Application, ApplicationAction, RuleResult } from './types.ts';

export interface ActionResult {
  decided: boolean;
  application: Application;
  eligibility?: RuleResult[];
}

export function useApplicationAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: ApplicationAction; body?: ActionBody }) =>
      api<ActionResult>(`/api/zone/applications/${encodeURIComponent(id)}/actions/${action}`, {
        method: 'POST',
        body: body ?? {},
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ['zone'] }),
  });
}
