import type { Wire } from '@inohub/contracts/wire';
import type { LeaseBody, LeaseView } from '@inohub/contracts/zone/leases';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';

/** The lease body without the resident (the hook adds it) and the rate (only an administrator sets it). */
export type LeaseRequest = Omit<z.input<typeof LeaseBody>, 'residentId' | 'monthlyRatePerM2Kopecks'>;

/** A resident's member (or a zone administrator) leases a vacant unit at the unit's rate. */
export function useCreateLease(residentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LeaseRequest) =>
      api<Wire<typeof LeaseView>>('/api/zone/leases', { method: 'POST', body: { ...body, residentId } }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['zone', 'resident', residentId] }),
        client.invalidateQueries({ queryKey: ['zone', 'vacancies'] }),
      ]),
  });
}
