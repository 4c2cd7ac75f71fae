import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ZoneStats } from './types.ts';

export function useStats() {
  return useQuery({
    queryKey: ['zone', 'stats'],
    queryFn: ({ signal }) => api<ZoneStats>('/api/zone/stats', { signal }),
  });
}
