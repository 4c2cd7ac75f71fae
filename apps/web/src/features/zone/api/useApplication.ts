import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { ApplicationDetail } from './types.ts';

export const applicationKey = (id: string) => ['zone', 'applications', 'one', id] as const;

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationKey(id),
    queryFn: ({ signal }) =>
      api<ApplicationDetail>(`/api/zone/applications/${encodeURIComponent(id)}`, { signal }),
  });
}
