import type { Wire } from '@inohub/contracts/wire';
import type { ReportView } from '@inohub/contracts/zone/reporting';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const reportKey = (id: string) => ['zone', 'reports', 'one', id] as const;

export function useReport(id: string) {
  return useQuery({
    queryKey: reportKey(id),
    queryFn: ({ signal }) =>
      api<Wire<typeof ReportView>>(`/api/zone/reports/${encodeURIComponent(id)}`, { signal }),
  });
}
