import type { ImportKind, ImportList, ImportView } from '@inohub/contracts/talent/imports';
import type { Wire } from '@inohub/contracts/wire';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, queryString } from '../../../lib/api.ts';

export type Import = Wire<typeof ImportView>;

const historyKey = (universityId: string) => ['careers', 'imports', universityId] as const;

/** The university's imports, newest first. */
export function useImportHistory(universityId: string | null) {
  return useQuery({
    queryKey: historyKey(universityId ?? ''),
    queryFn: ({ signal }) =>
      api<Wire<typeof ImportList>>(`/api/talent/imports${queryString({ universityId })}`, { signal }),
    enabled: Boolean(universityId),
  });
}

/**
 * Multipart upload of one CSV or XLSX file (the shared `api` helper only sends JSON). A file with bad rows
 * comes back as a 422 problem whose `errors` are the rows' errors and `errorCount` their number; nothing is written.
 */
export function useUploadImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      universityId,
      kind,
      file,
    }: {
      universityId: string;
      kind: ImportKind;
      file: File;
    }) => {
      const form = new FormData();
      form.append('file', file);
      let response: Response;
      try {
        response = await fetch(`/api/talent/imports${queryString({ universityId, kind })}`, {
          method: 'POST',
          body: form,
          credentials: 'same-origin',
          headers: { accept: 'application/json' },
        });
      } catch {
        throw new ApiError(0, { code: 'network' });
      }
      const payload = await response.json().catch(() => ({}));
      if (!response.ok) throw new ApiError(response.status, payload);
      return payload as Import;
    },
    onSettled: (_data, _error, vars) => client.invalidateQueries({ queryKey: historyKey(vars.universityId) }),
  });
}

export const templateUrl = (kind: ImportKind, format: 'csv' | 'xlsx') =>
  `/api/talent/imports/template${queryString({ kind, format })}`;

export const profilesExportUrl = (universityId: string, format: 'csv' | 'xlsx') =>
  `/api/talent/exports/profiles${queryString({ universityId, format })}`;
