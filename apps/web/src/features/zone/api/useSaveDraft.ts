import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Application, ApplicationDetail, DraftPatch } from './types.ts';
import { applicationKey } from './useApplication.ts';

/** Autosave: the endpoint is idempotent, so a repeated patch is harmless. */
export function useSaveDraft(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: DraftPatch) =>
      api<Application>(`/api/zone/applications/${encodeURIComponent(id)}/draft`, {
        method: 'PATCH',
        body: patch,
      }),
    onSuccess: (saved) =>
      client.setQueryData<ApplicationDetail>(applicationKey(id), (old) => (old ? { ...old, ...saved } : old)),
  });
}
