import type { MyEmployers } from '@inohub/contracts/talent/employers';
import type { Wire } from '@inohub/contracts/wire';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

const MINE_KEY = ['talent', 'employers', 'mine'] as const;

/** The companies the recruiter works for, with their standing as employers. */
export function useMyEmployers(enabled = true) {
  return useQuery({
    queryKey: MINE_KEY,
    enabled,
    queryFn: ({ signal }) => api<Wire<typeof MyEmployers>>('/api/talent/employers/mine', { signal }),
  });
}

/** Asks a career office or the hub to approve the company (its postings stay hidden until then). */
export function useRequestApproval() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (organizationId: string) =>
      api<unknown>(`/api/talent/employers/${encodeURIComponent(organizationId)}/request`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: MINE_KEY }),
  });
}
