import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { OrganizationDetail, OrganizationInput } from './types.ts';

export function useCreateOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<OrganizationInput>) =>
      api<OrganizationDetail>('/api/directory/organizations', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['directory'] }),
  });
}
