import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Report } from './types.ts';
import { reportKey } from './useReport.ts';

/** Zone admin: accept a submitted report or return it with a comment. */
export function useReviewReport(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { decision: 'accept' | 'return'; comment: string | null }) =>
      api<Report>(`/api/zone/reports/${encodeURIComponent(id)}/review`, { method: 'POST', body }),
    onSuccess: (saved) => {
      client.setQueryData(reportKey(id), saved);
      void client.invalidateQueries({ queryKey: ['zone', 'reports', 'resident'] });
    },
  });
}
