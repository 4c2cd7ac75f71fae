import type { Wire } from '@inohub/contracts/wire';
import type { VacancyPage } from '@inohub/contracts/zone/space';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../../lib/api.ts';

export interface VacancyFilters {
  siteId: string;
  kind: string;
  minArea: string;
  maxArea: string;
  from: string;
  to: string;
}

export const VACANCIES_PAGE_SIZE = 20;

/** Units free for the whole period; a picker asks for the API's largest page (100) to list them all. */
export function useVacancies(filters: VacancyFilters, page: number, pageSize = VACANCIES_PAGE_SIZE) {
  return useQuery({
    queryKey: ['zone', 'vacancies', filters, page, pageSize],
    queryFn: ({ signal }) =>
      api<Wire<typeof VacancyPage>>(`/api/zone/vacancies${queryString({ ...filters, page, pageSize })}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
