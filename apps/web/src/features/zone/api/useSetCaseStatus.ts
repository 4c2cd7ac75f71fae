import type { CaseStatusBody } from '@inohub/contracts/zone/compliance';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';

export function useSetCaseStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, ...body }: { caseId: string } & z.input<typeof CaseStatusBody>) =>
      api(`/api/zone/compliance/cases/${encodeURIComponent(caseId)}/status`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['zone', 'cases'] }),
  });
}
