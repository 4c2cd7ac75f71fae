import type { Wire } from '@inohub/contracts/wire';
import type { PlanVsFactView } from '@inohub/contracts/zone/reporting';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function usePlanVsFact(residentId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['zone', 'resident', residentId, 'plan-vs-fact'],
    queryFn: ({ signal }) =>
      api<Wire<typeof PlanVsFactView>>(`/api/zone/residents/${encodeURIComponent(residentId)}/plan-vs-fact`, {
        signal,
      }),
    enabled,
  });
}
