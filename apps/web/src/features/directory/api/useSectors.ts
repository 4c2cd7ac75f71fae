import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Sector } from './types.ts';

export function useSectors() {
  return useQuery({
    queryKey: ['directory', 'sectors'],
    queryFn: ({ signal }) => api<Sector[]>('/api/directory/sectors', { signal }),
    staleTime: 60 * 60_000,
  });
}
