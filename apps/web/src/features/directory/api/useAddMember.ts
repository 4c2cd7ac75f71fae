import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { organizationKey } from './useOrganization.ts';

export function useAddMember(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; role: 'owner' | 'member' }) =>
      api(`/api/directory/organizations/${encodeURIComponent(organizationId)}/members`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: organizationKey(organizationId) }),
  });
}
