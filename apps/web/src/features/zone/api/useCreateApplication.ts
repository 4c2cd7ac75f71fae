import type { Wire } from '@inohub/contracts/wire';
import type { ApplicationView, CreateApplicationBody } from '@inohub/contracts/zone/applications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';

export function useCreateApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateApplicationBody>) =>
      api<Wire<typeof ApplicationView>>('/api/zone/applications', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['zone', 'applications'] }),
  });
}
