import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Report, ReportNumberField } from './types.ts';
import { reportKey } from './useReport.ts';

export type ReportPatch = Partial<Record<ReportNumberField, number | null>> & {
  comment?: string | null;
  version?: number;
};

/** Saves the report form as a draft (optimistic concurrency by version). */
export function useSaveReport(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: ReportPatch) =>
      api<Report>(`/api/zone/reports/${encodeURIComponent(id)}`, { method: 'PUT', body: patch }),
    onSuccess: (saved) => client.setQueryData(reportKey(id), saved),
  });
}
