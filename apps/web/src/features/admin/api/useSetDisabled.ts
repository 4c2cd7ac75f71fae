import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { AdminUser } from './types.ts';

export function useSetDisabled() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, disabled }: { id: string; disabled: boolean }) =>
      api<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}/disabled`, {
        method: 'PUT',
        body: { disabled },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin'] }),
  });
}
