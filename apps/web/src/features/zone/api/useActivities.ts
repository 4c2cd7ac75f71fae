import type { Wire } from '@inohub/contracts/wire';
import type { ActivityView } from '@inohub/contracts/zone/eligibility';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Activities permitted in the zone today. */
export function useActivities(zoneId: string | undefined) {
  return useQuery({
    queryKey: ['zone', 'activities', zoneId],
    queryFn: ({ signal }) =>
      api<Wire<typeof ActivityView>[]>(`/api/zone/zones/${encodeURIComponent(zoneId ?? '')}/activities`, {
        signal,
      }),
    enabled: Boolean(zoneId),
    staleTime: 5 * 60_000,
  });
}
