import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page, queryString } from '../../../lib/api.ts';
import type { OutboxMail } from './types.ts';

export const OUTBOX_PAGE_SIZE = 20;

export function useOutbox(to: string, page: number) {
  return useQuery({
    queryKey: ['admin', 'outbox', to, page],
    queryFn: ({ signal }) =>
      api<Page<OutboxMail>>(`/api/admin/outbox${queryString({ to, page, pageSize: OUTBOX_PAGE_SIZE })}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
