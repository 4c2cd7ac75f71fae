import type { Wire } from '@inohub/contracts/wire';
import type { ApplicationPage } from '@inohub/contracts/zone/applications';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../../lib/api.ts';

export const MY_APPLICATIONS_PAGE_SIZE = 20;

/** Applications of the organizations I belong to. */
export function useMyApplications(page = 1, enabled = true) {
  return useQuery({
    queryKey: ['zone', 'applications', 'mine', page],
    queryFn: ({ signal }) =>
      api<Wire<typeof ApplicationPage>>(
        `/api/zone/applications/mine${queryString({ page, pageSize: MY_APPLICATIONS_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}
