import type { Wire } from '@inohub/contracts/wire';
import type { OccupancyView } from '@inohub/contracts/zone/space';
import { useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../../lib/api.ts';

/** Zone admin: who occupies what in a building on a date. */
export function useOccupancy(buildingId: string, on: string) {
  return useQuery({
    queryKey: ['zone', 'occupancy', buildingId, on],
    queryFn: ({ signal }) =>
      api<Wire<typeof OccupancyView>>(
        `/api/zone/buildings/${encodeURIComponent(buildingId)}/occupancy${queryString({ on })}`,
        {
          signal,
        },
      ),
  });
}
