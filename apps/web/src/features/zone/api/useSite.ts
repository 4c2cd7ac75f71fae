import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { SiteDetail } from './types.ts';

export function useSite(siteId: string | null | undefined) {
  return useQuery({
    queryKey: ['zone', 'site', siteId],
    queryFn: ({ signal }) =>
      api<SiteDetail>(`/api/zone/sites/${encodeURIComponent(siteId ?? '')}`, { signal }),
    enabled: Boolean(siteId),
    staleTime: 5 * 60_000,
  });
}
