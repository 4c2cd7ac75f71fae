import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './api.ts';

/**
 * What a person may consent to (the server's `CONSENT_PURPOSES`): processing, the public people profile, and the
 * talent profile shown to verified employers' recruiters or to everyone (docs/domain/talent.md, "Visibility").
 */
export type ConsentPurpose = 'processing' | 'public_profile' | 'talent_recruiters' | 'talent_public';
export interface ConsentText {
  version: string;
  ru: string;
  en: string;
}
export interface MyConsents {
  current: Array<{
    purpose: ConsentPurpose;
    granted: boolean;
    version: string | null;
    since: string | null;
    text: ConsentText;
  }>;
  history: Array<{ purpose: ConsentPurpose; version: string; granted: boolean; createdAt: string }>;
}

/** The consent texts in force (the server keeps the wording and its version). */
export function useConsentTexts() {
  return useQuery({
    queryKey: ['consent-texts'],
    queryFn: ({ signal }) => api<Record<ConsentPurpose, ConsentText>>('/api/consent-texts', { signal }),
    staleTime: 60 * 60_000,
  });
}

export function useMyConsents() {
  return useQuery({
    queryKey: ['me', 'consents'],
    queryFn: ({ signal }) => api<MyConsents>('/api/me/consents', { signal }),
  });
}

/** One click: the profile is hidden and the withdrawal recorded. */
export function useWithdrawPublicProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<null>('/api/me/consents/public_profile/withdraw', { method: 'POST', body: {} }),
    // ['me', …] holds the profile and the consents.
    onSuccess: () => client.invalidateQueries({ queryKey: ['me'] }),
  });
}
