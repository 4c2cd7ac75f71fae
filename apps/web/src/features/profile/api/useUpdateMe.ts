import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../../i18n/index.ts';
import { api } from '../../../lib/api.ts';
import { ME_KEY } from '../../../lib/session.ts';

export function useUpdateMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: { name?: string; locale?: Locale; timeZone?: string }) =>
      api('/api/me', { method: 'PATCH', body: patch }),
    onSuccess: () => client.invalidateQueries({ queryKey: ME_KEY }),
  });
}
