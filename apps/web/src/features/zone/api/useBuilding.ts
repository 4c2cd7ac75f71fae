import type { Wire } from '@inohub/contracts/wire';
import type { BuildingDetail } from '@inohub/contracts/zone/sites';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function useBuilding(buildingId: string) {
  return useQuery({
    queryKey: ['zone', 'building', buildingId],
    queryFn: ({ signal }) =>
      api<Wire<typeof BuildingDetail>>(`/api/zone/buildings/${encodeURIComponent(buildingId)}`, {
        signal,
      }),
    staleTime: 5 * 60_000,
  });
}
