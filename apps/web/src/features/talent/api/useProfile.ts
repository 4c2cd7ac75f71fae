import type { MyProfile, ProfileBody } from '@inohub/contracts/talent/profiles';
import type { Wire } from '@inohub/contracts/wire';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ApiError, api } from '../../../lib/api.ts';
import type { Profile } from './types.ts';

export const MY_PROFILE_KEY = ['talent', 'profiles', 'me'] as const;

/** The caller's talent profile, or `{ profile: null }` before the first save. */
export function useMyTalentProfile(enabled = true) {
  return useQuery({
    queryKey: MY_PROFILE_KEY,
    enabled,
    queryFn: ({ signal }) => api<Wire<typeof MyProfile>>('/api/talent/profiles/me', { signal }),
  });
}

export type ProfileRequest = z.input<typeof ProfileBody>;

export function useSaveTalentProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileRequest) => api<Profile>('/api/talent/profiles/me', { method: 'PUT', body }),
    onSuccess: (profile) => {
      client.setQueryData(MY_PROFILE_KEY, { profile });
      return Promise.all([
        client.invalidateQueries({ queryKey: ['talent', 'recommendations'] }),
        // The consent ledger records a widened visibility.
        client.invalidateQueries({ queryKey: ['me', 'consents'] }),
      ]);
    },
  });
}

/** A profile as the viewer may see it. */
export function useTalentProfile(id: string) {
  return useQuery({
    queryKey: ['talent', 'profiles', 'one', id],
    queryFn: ({ signal }) => api<Profile>(`/api/talent/profiles/${encodeURIComponent(id)}`, { signal }),
  });
}

/** Multipart upload of the CV (a PDF, checked by its magic bytes on the server); `api` only sends JSON. */
export function useUploadCv() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file);
      let response: Response;
      try {
        response = await fetch('/api/talent/profiles/me/cv', {
          method: 'PUT',
          body: form,
          credentials: 'same-origin',
          headers: { accept: 'application/json' },
        });
      } catch {
        throw new ApiError(0, { code: 'network' });
      }
      const payload = await response.json().catch(() => ({}));
      if (!response.ok) throw new ApiError(response.status, payload);
      return payload as Profile;
    },
    onSuccess: (profile) => client.setQueryData(MY_PROFILE_KEY, { profile }),
  });
}

/** Takes the CV off the profile (applications already sent keep their copy). */
export function useRemoveCv() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<Profile>('/api/talent/profiles/me/cv', { method: 'DELETE' }),
    onSuccess: (profile) => client.setQueryData(MY_PROFILE_KEY, { profile }),
  });
}
