import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Activity } from './types.ts';

/** Activities permitted in the zone today. */
export function useActivities(zoneId: string | undefined) {
  return useQuery({
    queryKey: ['zone', 'activities', zoneId],
    queryFn: ({ signal }) =>
      api<Activity[]>(`/api/zone/zones/${encodeURIComponent(zoneId ?? '')}/activities`, { signal }),
    enabled: Boolean(zoneId),
    staleTime: 5 * 60_000,
  });
}
