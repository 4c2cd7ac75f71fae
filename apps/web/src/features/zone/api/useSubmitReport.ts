import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Report } from './types.ts';
import { reportKey } from './useReport.ts';

export function useSubmitReport(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<Report>(`/api/zone/reports/${encodeURIComponent(id)}/submit`, { method: 'POST', body: {} }),
    onSuccess: (saved) => {
      client.setQueryData(reportKey(id), saved);
      void client.invalidateQueries({ queryKey: ['zone', 'reports', 'resident'] });
    },
  });
}
