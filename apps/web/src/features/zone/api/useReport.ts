import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Report } from './types.ts';

export const reportKey = (id: string) => ['zone', 'reports', 'one', id] as const;

export function useReport(id: string) {
  return useQuery({
    queryKey: reportKey(id),
    queryFn: ({ signal }) => api<Report>(`/api/zone/reports/${encodeURIComponent(id)}`, { signal }),
  });
}
