import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api('/api/auth/change-password', { method: 'POST', body: { ...body, revokeOtherSessions: true } }),
  });
}
