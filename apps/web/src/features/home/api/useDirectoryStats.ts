import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** The ecosystem at a glance: organizations by kind, public profiles, organizations by sector. */
export interface DirectoryStats {
  organizationsByKind: Record<string, number>;
  people: number;
  sectors: Array<{ code: string; count: number }>;
}

export function useDirectoryStats() {
  return useQuery({
    queryKey: ['directory', 'stats'],
    queryFn: ({ signal }) => api<DirectoryStats>('/api/directory/stats', { signal }),
    staleTime: 5 * 60_000,
  });
}
