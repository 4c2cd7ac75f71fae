import type {
  ApplicationPage,
  ApplyBody,
  StageBody,
  WithdrawBody,
} from '@inohub/contracts/talent/applications';
import type { CandidateRecommendations } from '@inohub/contracts/talent/recommendations';
import type { Wire } from '@inohub/contracts/wire';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, queryString } from '../../../lib/api.ts';
import type { Application, Board } from './types.ts';

export const APPLICATIONS_PAGE_SIZE = 20;

/** The student's own applications, newest first. */
export function useMyApplications(page: number) {
  return useQuery({
    queryKey: ['talent', 'applications', 'mine', page],
    queryFn: ({ signal }) =>
      api<Wire<typeof ApplicationPage>>(
        `/api/talent/applications/mine${queryString({ page, pageSize: APPLICATIONS_PAGE_SIZE })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

/** One application with its cover note, CV and history (the recruiter's drawer). */
export function useApplication(id: string | null) {
  return useQuery({
    queryKey: ['talent', 'applications', 'one', id],
    enabled: Boolean(id),
    queryFn: ({ signal }) =>
      api<Application>(`/api/talent/applications/${encodeURIComponent(id ?? '')}`, { signal }),
  });
}

export function useApply(opportunityId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof ApplyBody>) =>
      api<Application>(`/api/talent/opportunities/${encodeURIComponent(opportunityId)}/applications`, {
        method: 'POST',
        body,
      }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['talent', 'opportunities'] }),
        client.invalidateQueries({ queryKey: ['talent', 'applications'] }),
      ]),
  });
}

export function useWithdraw() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof WithdrawBody> }) =>
      api<Application>(`/api/talent/applications/${encodeURIComponent(id)}/withdraw`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['talent'] }),
  });
}

export const boardKey = (opportunityId: string) => ['talent', 'board', opportunityId] as const;

/** The recruiter's board: the posting's applications by stage. */
export function useBoard(opportunityId: string) {
  return useQuery({
    queryKey: boardKey(opportunityId),
    queryFn: ({ signal }) =>
      api<Board>(`/api/talent/opportunities/${encodeURIComponent(opportunityId)}/board`, { signal }),
  });
}

export function useMoveStage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof StageBody> }) =>
      api<Application>(`/api/talent/applications/${encodeURIComponent(id)}/stage`, { method: 'POST', body }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['talent', 'board'] }),
        client.invalidateQueries({ queryKey: ['talent', 'applications'] }),
      ]),
  });
}

/** Profiles that fit the posting, with reasons (only for approved employers). */
export function useCandidates(opportunityId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['talent', 'candidates', opportunityId],
    enabled,
    queryFn: ({ signal }) =>
      api<Wire<typeof CandidateRecommendations>>(
        `/api/talent/opportunities/${encodeURIComponent(opportunityId)}/candidates?limit=20`,
        { signal },
      ),
  });
}
