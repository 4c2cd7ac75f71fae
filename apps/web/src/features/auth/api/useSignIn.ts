import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      api('/api/auth/sign-in/email', { method: 'POST', body }),
    // Everything read before may differ for this person (what they may edit, lease, decide).
    onSuccess: () => client.invalidateQueries(),
  });
}
