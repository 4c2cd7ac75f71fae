import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page, queryString } from '../../../lib/api.ts';
import type { PersonSummary } from './types.ts';

export const PEOPLE_PAGE_SIZE = 24;

export function usePeople(filters: { q: string; skill: string }, page: number) {
  return useQuery({
    queryKey: ['directory', 'people', filters, page],
    queryFn: ({ signal }) =>
      api<Page<PersonSummary>>(
        `/api/directory/people${queryString({ ...filters, page, pageSize: PEOPLE_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
