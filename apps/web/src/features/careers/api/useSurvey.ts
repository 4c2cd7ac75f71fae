import type { RegionList, SurveyAnswerBody, SurveyView } from '@inohub/contracts/talent/outcomes';
import type { Wire } from '@inohub/contracts/wire';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ApiError, api } from '../../../lib/api.ts';

const surveyKey = (token: string) => ['careers', 'survey', token] as const;

/** The survey behind a mailed link; needs no sign-in (the token is the key). */
export function useSurvey(token: string) {
  return useQuery({
    queryKey: surveyKey(token),
    queryFn: ({ signal }) =>
      api<Wire<typeof SurveyView>>(`/api/talent/survey/${encodeURIComponent(token)}`, { signal }),
    // An unknown or malformed link will not start working on a second try.
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

export function useAnswerSurvey(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof SurveyAnswerBody>) =>
      api(`/api/talent/survey/${encodeURIComponent(token)}`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: surveyKey(token) }),
  });
}

/** Regions of Russia for the region picker. */
export function useRegions() {
  return useQuery({
    queryKey: ['careers', 'regions'],
    queryFn: ({ signal }) => api<Wire<typeof RegionList>>('/api/talent/regions', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
