import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { Profile } from './types.ts';
import { PROFILE_KEY } from './useMyProfile.ts';

export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (profile: Profile) => api<Profile>('/api/me/profile', { method: 'PUT', body: profile }),
    onSuccess: (saved) => {
      client.setQueryData(PROFILE_KEY, saved);
      // Showing or hiding the profile is a consent given or withdrawn.
      void client.invalidateQueries({ queryKey: ['me', 'consents'] });
    },
  });
}
