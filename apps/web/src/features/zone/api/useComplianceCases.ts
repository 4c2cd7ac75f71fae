import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page, queryString } from '../../../lib/api.ts';
import type { ComplianceCase } from './types.ts';

export interface CaseFilters {
  flag: string;
  status: string;
}

export const CASES_PAGE_SIZE = 20;

export function useComplianceCases(filters: CaseFilters, page: number) {
  return useQuery({
    queryKey: ['zone', 'cases', filters, page],
    queryFn: ({ signal }) =>
      api<Page<ComplianceCase>>(
        `/api/zone/compliance/cases${queryString({ ...filters, page, pageSize: CASES_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
