import type { Wire } from '@inohub/contracts/wire';
import type { LeasePage } from '@inohub/contracts/zone/leases';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** A resident's leases (its members and zone administrators only). */
export function useResidentLeases(residentId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['zone', 'resident', residentId, 'leases'],
    queryFn: ({ signal }) =>
      api<Wire<typeof LeasePage>>(
        `/api/zone/residents/${encodeURIComponent(residentId)}/leases?pageSize=100`,
        {
          signal,
        },
      ),
    enabled,
  });
}
