import type { SkillList } from '@inohub/contracts/talent/skills';
import type { Wire } from '@inohub/contracts/wire';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** The skills taxonomy, for the skill filter. */
export function useSkills() {
  return useQuery({
    queryKey: ['careers', 'skills'],
    queryFn: ({ signal }) => api<Wire<typeof SkillList>>('/api/talent/skills?limit=500', { signal }),
    staleTime: 10 * 60_000,
  });
}
