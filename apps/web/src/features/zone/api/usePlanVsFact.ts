import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { PlanFactRow } from './types.ts';

export function usePlanVsFact(residentId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['zone', 'resident', residentId, 'plan-vs-fact'],
    queryFn: ({ signal }) =>
      api<{ residentId: string; years: PlanFactRow[] }>(
        `/api/zone/residents/${encodeURIComponent(residentId)}/plan-vs-fact`,
        { signal },
      ),
    enabled,
  });
}
