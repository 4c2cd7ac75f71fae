import type { Wire } from '@inohub/contracts/wire';
import type { VerifiedView } from '@inohub/contracts/zone/register';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Zone admin: mark the register entry as checked today. */
export function useVerifyResident(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<Wire<typeof VerifiedView>>(`/api/zone/residents/${encodeURIComponent(id)}/verify`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['zone', 'resident', id] }),
  });
}
