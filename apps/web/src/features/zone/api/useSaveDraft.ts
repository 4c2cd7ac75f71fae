import type { Wire } from '@inohub/contracts/wire';
import type { ApplicationDetailView, ApplicationView, DraftBody } from '@inohub/contracts/zone/applications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { applicationKey } from './useApplication.ts';

/** Autosave: the endpoint is idempotent, so a repeated patch is harmless. */
export function useSaveDraft(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: z.input<typeof DraftBody>) =>
      api<Wire<typeof ApplicationView>>(`/api/zone/applications/${encodeURIComponent(id)}/draft`, {
        method: 'PATCH',
        body: patch,
      }),
    onSuccess: (saved) =>
      client.setQueryData<Wire<typeof ApplicationDetailView>>(applicationKey(id), (old) =>
        old ? { ...old, ...saved } : old,
      ),
  });
}
