import type { CareerOfficeView } from '@inohub/contracts/talent/imports';
import type { Wire } from '@inohub/contracts/wire';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** The universities the signed-in career office acts for (every university for the hub's administrators). */
export function useCareerOffice() {
  return useQuery({
    queryKey: ['careers', 'career-office'],
    queryFn: ({ signal }) => api<Wire<typeof CareerOfficeView>>('/api/talent/career-office', { signal }),
    staleTime: 5 * 60_000,
  });
}
