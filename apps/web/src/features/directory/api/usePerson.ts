import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Person } from './types.ts';

export function usePerson(userId: string) {
  return useQuery({
    queryKey: ['directory', 'person', userId],
    queryFn: ({ signal }) => api<Person>(`/api/directory/people/${encodeURIComponent(userId)}`, { signal }),
  });
}
