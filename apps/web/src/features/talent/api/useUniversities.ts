import type { OrganizationSummary } from '@inohub/contracts/directory';
import type { Wire } from '@inohub/contracts/wire';
import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../../lib/api.ts';

/** The directory's universities, for the profile's university select (a handful; one page is all of them). */
export function useUniversities() {
  return useQuery({
    queryKey: ['talent', 'universities'],
    queryFn: ({ signal }) =>
      api<Page<Wire<typeof OrganizationSummary>>>(
        '/api/directory/organizations?kind=university&sort=name&pageSize=100',
        { signal },
      ),
    staleTime: 10 * 60_000,
  });
}
