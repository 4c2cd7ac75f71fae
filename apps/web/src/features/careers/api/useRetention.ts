import type { RetentionGroupingSchema, RetentionView } from '@inohub/contracts/talent/retention';
import type { Wire } from '@inohub/contracts/wire';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, queryString } from '../../../lib/api.ts';

/** `RetentionQuery` as the page sends it (the schema coerces the years from the query string). */
export interface RetentionFilters {
  by?: z.infer<typeof RetentionGroupingSchema>;
  universityId?: string;
  program?: string;
  cohortFrom?: number;
  cohortTo?: number;
}

export function useRetention(filters: RetentionFilters) {
  return useQuery({
    queryKey: ['careers', 'retention', filters],
    queryFn: ({ signal }) =>
      api<Wire<typeof RetentionView>>(`/api/talent/retention${queryString({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The same figures as a file (the server writes it with the same suppression). */
export const retentionExportUrl = (filters: RetentionFilters, format: 'csv' | 'xlsx') =>
  `/api/talent/retention/export${queryString({ ...filters, format })}`;
