import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { OrganizationDetail, OrganizationInput } from './types.ts';

/** Sends only the fields that changed (the endpoint takes a strict partial body). */
export function useUpdateOrganization(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<OrganizationInput>) =>
      api<OrganizationDetail>(`/api/directory/organizations/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: patch,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['directory'] }),
  });
}
