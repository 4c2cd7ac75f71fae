import type { Wire } from '@inohub/contracts/wire';
import type { ReportDraftBody, ReportView } from '@inohub/contracts/zone/reporting';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { reportKey } from './useReport.ts';

export type ReportPatch = z.input<typeof ReportDraftBody>;

/** Saves the report form as a draft (optimistic concurrency by version). */
export function useSaveReport(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: ReportPatch) =>
      api<Wire<typeof ReportView>>(`/api/zone/reports/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: patch,
      }),
    onSuccess: (saved) => client.setQueryData(reportKey(id), saved),
  });
}
