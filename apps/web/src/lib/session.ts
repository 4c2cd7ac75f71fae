import type { MeView } from '@inohub/contracts/directory';
import type { Role } from '@inohub/contracts/roles';
import type { Wire } from '@inohub/contracts/wire';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { applyLocale, type Locale } from '../i18n/index.ts';
import { ApiError, api } from './api.ts';

// The role list and the /api/me answer are the server's (`@inohub/contracts`), not copies.
export { ROLES, type Role, SELF_SERVICE_ROLES } from '@inohub/contracts/roles';

type MeWire = Wire<typeof MeView>;

/**
 * The signed-in person and their organizations, as `GET /api/me` answers. `MeView` types `user.locale` as any
 * string although the server only stores `ru` or `en` (see `MePatchBody`); it is narrowed here until the contract
 * says so itself.
 */
export type Me = Omit<MeWire, 'user'> & { user: Omit<MeWire['user'], 'locale'> & { locale: Locale } };

export const ME_KEY = ['me'] as const;

/** The signed-in person, or null for a visitor. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async ({ signal }) => {
      try {
        return await api<Me>('/api/me', { signal });
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

/** Applies the signed-in person's saved language once the session is known. */
export function useSessionLocale(): void {
  const me = useMe().data;
  const locale = me?.user.locale;
  useEffect(() => {
    if (locale === 'ru' || locale === 'en') applyLocale(locale);
  }, [locale]);
}

/** Changes the language here and, for a signed-in person, in their account. */
export function useChangeLocale() {
  const client = useQueryClient();
  const me = useMe().data;
  return useMutation({
    mutationFn: async (locale: Locale) => {
      applyLocale(locale);
      if (me) await api('/api/me', { method: 'PATCH', body: { locale } });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ME_KEY }),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api('/api/auth/sign-out', { method: 'POST', body: {} }),
    onSuccess: () => {
      client.setQueryData(ME_KEY, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    },
  });
}

export const hasRole = (me: Me | null | undefined, role: Role) => Boolean(me?.user.roles.includes(role));
