import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page, queryString } from '../../../lib/api.ts';
import type { AdminUser } from './types.ts';

export const USERS_PAGE_SIZE = 20;

export function useUsers(filters: { q: string; role: string }, page: number) {
  return useQuery({
    queryKey: ['admin', 'users', filters, page],
    queryFn: ({ signal }) =>
      api<Page<AdminUser>>(
        `/api/admin/users${queryString({ ...filters, page, pageSize: USERS_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
