import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page, queryString } from '../../../lib/api.ts';
import type { Vacancy } from './types.ts';

export interface VacancyFilters {
  siteId: string;
  kind: string;
  minArea: string;
  maxArea: string;
  from: string;
  to: string;
}

export const VACANCIES_PAGE_SIZE = 20;

export function useVacancies(filters: VacancyFilters, page: number) {
  return useQuery({
    queryKey: ['zone', 'vacancies', filters, page],
    queryFn: ({ signal }) =>
      api<Page<Vacancy> & { from: string; to: string }>(
        `/api/zone/vacancies${queryString({ ...filters, page, pageSize: VACANCIES_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
