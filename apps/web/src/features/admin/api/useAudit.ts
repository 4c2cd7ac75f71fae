import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page, queryString } from '../../../lib/api.ts';
import type { AuditEntry } from './types.ts';

export const AUDIT_PAGE_SIZE = 50;

export function useAudit(filters: { action: string; objectType: string }, page: number) {
  return useQuery({
    queryKey: ['admin', 'audit', filters, page],
    queryFn: ({ signal }) =>
      api<Page<AuditEntry>>(
        `/api/admin/audit${queryString({ ...filters, page, pageSize: AUDIT_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}
