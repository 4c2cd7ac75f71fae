import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Report } from './types.ts';

/** A resident's report obligations (members, zone admins and analysts). */
export function useResidentReports(residentId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: ['zone', 'reports', 'resident', residentId],
    queryFn: ({ signal }) =>
      api<{ overdue: boolean; items: Report[] }>(
        `/api/zone/residents/${encodeURIComponent(residentId ?? '')}/reports`,
        { signal },
      ),
    enabled: Boolean(residentId) && enabled,
  });
}
