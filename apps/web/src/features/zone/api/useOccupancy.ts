import { useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../../lib/api.ts';
import type { Occupancy } from './types.ts';

/** Zone admin: who occupies what in a building on a date. */
export function useOccupancy(buildingId: string, on: string) {
  return useQuery({
    queryKey: ['zone', 'occupancy', buildingId, on],
    queryFn: ({ signal }) =>
      api<Occupancy>(
        `/api/zone/buildings/${encodeURIComponent(buildingId)}/occupancy${queryString({ on })}`,
        {
          signal,
        },
      ),
  });
}
