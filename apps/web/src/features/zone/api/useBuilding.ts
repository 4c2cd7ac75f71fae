import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Building } from './types.ts';

export function useBuilding(buildingId: string) {
  return useQuery({
    queryKey: ['zone', 'building', buildingId],
    queryFn: ({ signal }) =>
      api<Building & { units: unknown[] }>(`/api/zone/buildings/${encodeURIComponent(buildingId)}`, {
        signal,
      }),
    staleTime: 5 * 60_000,
  });
}
