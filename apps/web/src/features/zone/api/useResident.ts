import type { Wire } from '@inohub/contracts/wire';
import type { ResidentDetail } from '@inohub/contracts/zone/register';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function useResident(id: string) {
  return useQuery({
    queryKey: ['zone', 'resident', id],
    queryFn: ({ signal }) =>
      api<Wire<typeof ResidentDetail>>(`/api/zone/residents/${encodeURIComponent(id)}`, { signal }),
  });
}
