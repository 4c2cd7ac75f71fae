import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Application } from './types.ts';

export function useCreateApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { zoneId: string; organizationId: string }) =>
      api<Application>('/api/zone/applications', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['zone', 'applications'] }),
  });
}
