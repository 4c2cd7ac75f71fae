import type { Wire } from '@inohub/contracts/wire';
import type { ReportReviewBody, ReportView } from '@inohub/contracts/zone/reporting';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { reportKey } from './useReport.ts';

/** Zone admin: accept a submitted report or return it with a comment. */
export function useReviewReport(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof ReportReviewBody>) =>
      api<Wire<typeof ReportView>>(`/api/zone/reports/${encodeURIComponent(id)}/review`, {
        method: 'POST',
        body,
      }),
    onSuccess: (saved) => {
      client.setQueryData(reportKey(id), saved);
      void client.invalidateQueries({ queryKey: ['zone', 'reports', 'resident'] });
    },
  });
}
