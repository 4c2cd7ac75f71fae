import type { EmployerDecisionBody, EmployerPage } from '@inohub/contracts/talent/employers';
import type { EmployerStatus } from '@inohub/contracts/talent/enums';
import type { Wire } from '@inohub/contracts/wire';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, queryString } from '../../../lib/api.ts';

export const EMPLOYERS_PAGE_SIZE = 20;

export function useEmployers(status: EmployerStatus, page: number) {
  return useQuery({
    queryKey: ['careers', 'employers', status, page],
    queryFn: ({ signal }) =>
      api<Wire<typeof EmployerPage>>(
        `/api/talent/employers${queryString({ status, page, pageSize: EMPLOYERS_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

/** Approve, reject or suspend; the lists are read again afterwards (no optimistic update). */
export function useEmployerDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      organizationId,
      ...body
    }: { organizationId: string } & z.input<typeof EmployerDecisionBody>) =>
      api(`/api/talent/employers/${encodeURIComponent(organizationId)}/decision`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['careers', 'employers'] }),
  });
}
