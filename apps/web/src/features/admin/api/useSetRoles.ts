import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Role } from '../../../lib/session.ts';
import type { AdminUser } from './types.ts';

export function useSetRoles() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, roles }: { id: string; roles: Role[] }) =>
      api<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}/roles`, { method: 'PUT', body: { roles } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin'] }),
  });
}
