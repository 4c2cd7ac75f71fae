import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { organizationKey } from './useOrganization.ts';

export function useRemoveMember(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      api(
        `/api/directory/organizations/${encodeURIComponent(organizationId)}/members/${encodeURIComponent(userId)}`,
        {
          method: 'DELETE',
        },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: organizationKey(organizationId) }),
  });
}
