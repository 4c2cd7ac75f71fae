import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Profile } from './types.ts';

export const PROFILE_KEY = ['me', 'profile'] as const;

export function useMyProfile() {
  return useQuery({
    queryKey: PROFILE_KEY,
    queryFn: ({ signal }) => api<Profile>('/api/me/profile', { signal }),
  });
}
