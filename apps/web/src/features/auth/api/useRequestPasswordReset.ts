import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      api('/api/auth/request-password-reset', {
        method: 'POST',
        body: { email, redirectTo: '/reset-password' },
      }),
  });
}
