import type { Wire } from '@inohub/contracts/wire';
import type { ApplicationDetailView } from '@inohub/contracts/zone/applications';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const applicationKey = (id: string) => ['zone', 'applications', 'one', id] as const;

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationKey(id),
    queryFn: ({ signal }) =>
      api<Wire<typeof ApplicationDetailView>>(`/api/zone/applications/${encodeURIComponent(id)}`, { signal }),
  });
}
