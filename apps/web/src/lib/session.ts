import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { applyLocale, type Locale } from '../i18n/index.ts';
import { ApiError, api } from './api.ts';

export type Role =
  | 'admin'
  | 'zone_admin'
  | 'incubator_manager'
  | 'analyst'
  | 'mentor'
  | 'investor'
  | 'founder'
  | 'recruiter'
  | 'student';

export const ROLES: readonly Role[] = [
  'admin',
  'zone_admin',
  'incubator_manager',
  'analyst',
  'mentor',
  'investor',
  'founder',
  'recruiter',
  'student',
];

/** Roles a person may choose at sign-up; the others are granted by an administrator. */
export const SELF_SERVICE_ROLES: readonly Role[] = ['student', 'founder', 'recruiter', 'investor', 'mentor'];

export interface Me {
  user: {
    id: string;
    name: string;
    email: string;
    emailVerified: boolean;
    locale: Locale;
    timeZone: string;
    roles: Role[];
  };
  memberships: Array<{
    organizationId: string;
    organizationName: string;
    kind: string;
    role: 'owner' | 'member';
  }>;
}

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
