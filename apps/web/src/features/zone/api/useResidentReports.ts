import type { Wire } from '@inohub/contracts/wire';
import type { ResidentReportsView } from '@inohub/contracts/zone/reporting';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** A resident's report obligations (members, zone admins and analysts). */
export function useResidentReports(residentId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: ['zone', 'reports', 'resident', residentId],
    queryFn: ({ signal }) =>
      api<Wire<typeof ResidentReportsView>>(
        `/api/zone/residents/${encodeURIComponent(residentId ?? '')}/reports`,
        { signal },
      ),
    enabled: Boolean(residentId) && enabled,
  });
}
