import type { Wire } from '@inohub/contracts/wire';
import type { ZoneDetail, ZoneView } from '@inohub/contracts/zone/sites';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** The zone with its sites. The platform runs one zone today: the first one listed. */
export function useZone() {
  return useQuery({
    queryKey: ['zone', 'zone'],
    queryFn: async ({ signal }) => {
      const zones = await api<Wire<typeof ZoneView>[]>('/api/zone/zones', { signal });
      const first = zones[0];
      if (!first) return null;
      return api<Wire<typeof ZoneDetail>>(`/api/zone/zones/${encodeURIComponent(first.id)}`, { signal });
    },
    staleTime: 5 * 60_000,
  });
}
