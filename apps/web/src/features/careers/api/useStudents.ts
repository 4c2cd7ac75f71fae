import type { SurveySendBody, SurveySent } from '@inohub/contracts/talent/outcomes';
import type { ProfilePage } from '@inohub/contracts/talent/profiles';
import type { Wire } from '@inohub/contracts/wire';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, queryString } from '../../../lib/api.ts';

export interface StudentFilters {
  q: string;
  graduationYear: string;
  status: string;
  skill: string;
}

export const STUDENTS_PAGE_SIZE = 25;

/** A university's students and graduates, as its career office sees them (hidden profiles included). */
export function useStudents(universityId: string | null, filters: StudentFilters, page: number) {
  return useQuery({
    queryKey: ['careers', 'students', universityId, filters, page],
    queryFn: ({ signal }) =>
      api<Wire<typeof ProfilePage>>(
        `/api/talent/profiles${queryString({ universityId, ...filters, page, pageSize: STUDENTS_PAGE_SIZE })}`,
        { signal },
      ),
    enabled: Boolean(universityId),
    placeholderData: keepPreviousData,
  });
}

/** Sends this year's outcome survey now to the university's graduates (the October job does it otherwise). */
export function useSendSurvey() {
  return useMutation({
    mutationFn: (body: z.input<typeof SurveySendBody>) =>
      api<Wire<typeof SurveySent>>('/api/talent/surveys', { method: 'POST', body }),
  });
}
