import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { ME_KEY } from '../../../lib/session.ts';

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api('/api/auth/sign-in/email', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ME_KEY }),
  });
}
