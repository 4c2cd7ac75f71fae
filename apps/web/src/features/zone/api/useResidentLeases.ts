import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api.ts';
import type { Lease } from './types.ts';

/** A resident's leases (its members and zone administrators only). */
export function useResidentLeases(residentId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['zone', 'resident', residentId, 'leases'],
    queryFn: ({ signal }) =>
      api<Page<Lease>>(`/api/zone/residents/${encodeURIComponent(residentId)}/leases?pageSize=100`, {
        signal,
      }),
    enabled,
  });
}
