import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ResidentDetail } from './types.ts';

export function useResident(id: string) {
  return useQuery({
    queryKey: ['zone', 'resident', id],
    queryFn: ({ signal }) => api<ResidentDetail>(`/api/zone/residents/${encodeURIComponent(id)}`, { signal }),
  });
}
