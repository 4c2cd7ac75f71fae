import type { Wire } from '@inohub/contracts/wire';
import type { ApplicationDocumentKind, DocumentView } from '@inohub/contracts/zone/applications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api.ts';
import { applicationKey } from './useApplication.ts';

/** Multipart upload of one pdf/docx (≤ 20 MB); the shared `api` helper only sends JSON. */
export function useUploadDocument(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, file }: { kind: ApplicationDocumentKind; file: File }) => {
      const form = new FormData();
      form.append('file', file);
      let response: Response;
      try {
        response = await fetch(
          `/api/zone/applications/${encodeURIComponent(id)}/documents?kind=${encodeURIComponent(kind)}`,
          { method: 'POST', body: form, credentials: 'same-origin', headers: { accept: 'application/json' } },
        );
      } catch {
        throw new ApiError(0, { code: 'network' });
      }
      const payload = await response.json().catch(() => ({}));
      if (!response.ok) throw new ApiError(response.status, payload);
      return payload as Wire<typeof DocumentView>;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: applicationKey(id) }),
  });
}
