import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { CaseStatus } from './types.ts';

export function useSetCaseStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, status, comment }: { caseId: string; status: CaseStatus; comment: string }) =>
      api(`/api/zone/compliance/cases/${encodeURIComponent(caseId)}/status`, {
        method: 'POST',
        body: { status, comment },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['zone', 'cases'] }),
  });
}
