import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page, queryString } from '../../../lib/api.ts';
import type { Organization } from './types.ts';

export interface OrganizationFilters {
  q: string;
  kind: string;
  sector: string;
  city: string;
  foreign: string;
  verified: string;
  sort: string;
}

export const PAGE_SIZE = 20;

export function useOrganizations(filters: OrganizationFilters, page: number) {
  return useQuery({
    queryKey: ['directory', 'organizations', filters, page],
    queryFn: ({ signal }) =>
      api<Page<Organization>>(
        `/api/directory/organizations${queryString({ ...filters, page, pageSize: PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
