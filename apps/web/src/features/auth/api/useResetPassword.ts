import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: { newPassword: string; token: string }) =>
      api('/api/auth/reset-password', { method: 'POST', body }),
  });
}
