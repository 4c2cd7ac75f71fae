import type { Wire } from '@inohub/contracts/wire';
import type { ApplicationPage } from '@inohub/contracts/zone/applications';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../../lib/api.ts';

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
      api<Wire<typeof ApplicationPage>>(
        `/api/zone/review-queue${queryString({ ...filters, page, pageSize: QUEUE_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
