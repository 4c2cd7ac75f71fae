import type { Wire } from '@inohub/contracts/wire';
import type { ReportView } from '@inohub/contracts/zone/reporting';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { reportKey } from './useReport.ts';

export function useSubmitReport(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<Wire<typeof ReportView>>(`/api/zone/reports/${encodeURIComponent(id)}/submit`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: (saved) => {
      client.setQueryData(reportKey(id), saved);
      void client.invalidateQueries({ queryKey: ['zone', 'reports', 'resident'] });
    },
  });
}
