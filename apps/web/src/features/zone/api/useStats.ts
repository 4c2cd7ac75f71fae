import type { Wire } from '@inohub/contracts/wire';
import type { StatsView } from '@inohub/contracts/zone/register';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function useStats() {
  return useQuery({
    queryKey: ['zone', 'stats'],
    queryFn: ({ signal }) => api<Wire<typeof StatsView>>('/api/zone/stats', { signal }),
  });
}
