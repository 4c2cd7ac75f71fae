import type { Wire } from '@inohub/contracts/wire';
import type { SiteDetail } from '@inohub/contracts/zone/sites';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function useSite(siteId: string | null | undefined) {
  return useQuery({
    queryKey: ['zone', 'site', siteId],
    queryFn: ({ signal }) =>
      api<Wire<typeof SiteDetail>>(`/api/zone/sites/${encodeURIComponent(siteId ?? '')}`, { signal }),
    enabled: Boolean(siteId),
    staleTime: 5 * 60_000,
  });
}
