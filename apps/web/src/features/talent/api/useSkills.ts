import type { SkillBody, SkillList } from '@inohub/contracts/talent/skills';
import type { Wire } from '@inohub/contracts/wire';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, queryString } from '../../../lib/api.ts';
import type { Skill } from './types.ts';

/** The taxonomy (no `q`), or the skills whose Russian or English name matches. */
export function useSkills(q = '') {
  return useQuery({
    queryKey: ['talent', 'skills', q],
    queryFn: ({ signal }) =>
      api<Wire<typeof SkillList>>(`/api/talent/skills${queryString({ q: q.trim() || undefined })}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });
}

/** Adds a skill the taxonomy lacks (the server answers the existing one when the name matches). */
export function useCreateSkill() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof SkillBody>) =>
      api<Skill>('/api/talent/skills', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['talent', 'skills'] }),
  });
}
