import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { OrganizationDetail } from './types.ts';

export const organizationKey = (id: string) => ['directory', 'organization', id] as const;

export function useOrganization(id: string) {
  return useQuery({
    queryKey: organizationKey(id),
    queryFn: ({ signal }) =>
      api<OrganizationDetail>(`/api/directory/organizations/${encodeURIComponent(id)}`, { signal }),
  });
}
