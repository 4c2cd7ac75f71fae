import type {
  OpportunityBody,
  OpportunityPage,
  OpportunityPatch,
  OpportunityStatusBody,
} from '@inohub/contracts/talent/opportunities';
import type { OpportunityRecommendations } from '@inohub/contracts/talent/recommendations';
import type { Wire } from '@inohub/contracts/wire';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, queryString } from '../../../lib/api.ts';
import type { Opportunity } from './types.ts';

export interface OpportunityFilters {
  q: string;
  kind: string;
  skill: string;
  city: string;
  remote: string;
}

export const OPPORTUNITIES_PAGE_SIZE = 20;

/** Open postings, searched in Russian and English. */
export function useOpportunities(filters: OpportunityFilters, page: number) {
  return useQuery({
    queryKey: ['talent', 'opportunities', 'list', filters, page],
    queryFn: ({ signal }) =>
      api<Wire<typeof OpportunityPage>>(
        `/api/talent/opportunities${queryString({ ...filters, page, pageSize: OPPORTUNITIES_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

/** A recruiter's company's postings in every status (drafts and closed ones too). */
export function useCompanyPostings(organizationId: string | null, page: number) {
  return useQuery({
    queryKey: ['talent', 'opportunities', 'mine', organizationId, page],
    enabled: Boolean(organizationId),
    queryFn: ({ signal }) =>
      api<Wire<typeof OpportunityPage>>(
        `/api/talent/opportunities${queryString({
          mine: true,
          organizationId,
          page,
          pageSize: OPPORTUNITIES_PAGE_SIZE,
        })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export const opportunityKey = (id: string) => ['talent', 'opportunities', 'one', id] as const;

export function useOpportunity(id: string) {
  return useQuery({
    queryKey: opportunityKey(id),
    queryFn: ({ signal }) =>
      api<Opportunity>(`/api/talent/opportunities/${encodeURIComponent(id)}`, { signal }),
  });
}

/** Postings ranked for the signed-in student's profile, each with its reasons. */
export function useRecommendedOpportunities(enabled: boolean) {
  return useQuery({
    queryKey: ['talent', 'recommendations', 'opportunities'],
    enabled,
    queryFn: ({ signal }) =>
      api<Wire<typeof OpportunityRecommendations>>('/api/talent/recommendations/opportunities?limit=3', {
        signal,
      }),
  });
}

export type OpportunityRequest = z.input<typeof OpportunityBody>;
export type OpportunityPatchRequest = z.input<typeof OpportunityPatch>;

export function useCreateOpportunity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OpportunityRequest) =>
      api<Opportunity>('/api/talent/opportunities', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['talent', 'opportunities'] }),
  });
}

export function useUpdateOpportunity(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OpportunityPatchRequest) =>
      api<Opportunity>(`/api/talent/opportunities/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: (saved) => {
      client.setQueryData(opportunityKey(id), saved);
      return client.invalidateQueries({ queryKey: ['talent', 'opportunities'] });
    },
  });
}

/** Publish, close or reopen as a draft. */
export function useSetOpportunityStatus(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof OpportunityStatusBody>) =>
      api<Opportunity>(`/api/talent/opportunities/${encodeURIComponent(id)}/status`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['talent', 'opportunities'] }),
  });
}
