import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page, queryString } from '../../../lib/api.ts';
import type { ApplicationListItem } from './types.ts';

export interface QueueFilters {
  state: string;
  overdue: string;
}

export const QUEUE_PAGE_SIZE = 20;

/** Zone admin: applications waiting for a decision, oldest due date first. */
export function useReviewQueue(filters: QueueFilters, page: number) {
  return useQuery({
    queryKey: ['zone', 'applications', 'queue', filters, page],
    queryFn: ({ signal }) =>
      api<Page<ApplicationListItem>>(
        `/api/zone/review-queue${queryString({ ...filters, page, pageSize: QUEUE_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
