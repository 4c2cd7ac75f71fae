import type { Wire } from '@inohub/contracts/wire';
import type { ResidentPage } from '@inohub/contracts/zone/register';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../../lib/api.ts';

export interface ResidentFilters {
  q: string;
  site: string;
  status: string;
  it: string;
  foreign: string;
}

export const RESIDENTS_PAGE_SIZE = 20;

export function useResidents(filters: ResidentFilters, page: number) {
  return useQuery({
    queryKey: ['zone', 'residents', filters, page],
    queryFn: ({ signal }) =>
      api<Wire<typeof ResidentPage>>(
        `/api/zone/residents${queryString({ ...filters, page, pageSize: RESIDENTS_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
