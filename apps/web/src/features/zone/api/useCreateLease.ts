import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Lease } from './types.ts';

export interface LeaseRequest {
  unitId: string;
  startDate: string;
  endDate: string;
}

/** A resident's member (or a zone administrator) leases a vacant unit at the unit's rate. */
export function useCreateLease(residentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LeaseRequest) =>
      api<Lease>('/api/zone/leases', { method: 'POST', body: { ...body, residentId } }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['zone', 'resident', residentId] }),
        client.invalidateQueries({ queryKey: ['zone', 'vacancies'] }),
      ]),
  });
}
