import type { Wire } from '@inohub/contracts/wire';
import type { CasePage } from '@inohub/contracts/zone/compliance';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../../lib/api.ts';

export interface CaseFilters {
  flag: string;
  status: string;
}

export const CASES_PAGE_SIZE = 20;

export function useComplianceCases(filters: CaseFilters, page: number) {
  return useQuery({
    queryKey: ['zone', 'cases', filters, page],
    queryFn: ({ signal }) =>
      api<Wire<typeof CasePage>>(
        `/api/zone/compliance/cases${queryString({ ...filters, page, pageSize: CASES_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
