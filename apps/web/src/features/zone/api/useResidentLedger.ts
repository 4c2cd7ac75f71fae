import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { LedgerEntry } from './types.ts';

export function useResidentLedger(residentId: string, year: number) {
  return useQuery({
    queryKey: ['zone', 'resident', residentId, 'ledger', year],
    queryFn: ({ signal }) =>
      api<LedgerEntry>(`/api/zone/residents/${encodeURIComponent(residentId)}/ledger?year=${year}`, {
        signal,
      }),
  });
}
