import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { LedgerSummary } from './types.ts';

/** Zone admin / analyst: the benefit ledger of every resident for a year. */
export function useLedger(year: number) {
  return useQuery({
    queryKey: ['zone', 'ledger', year],
    queryFn: ({ signal }) => api<LedgerSummary>(`/api/zone/ledger?year=${year}`, { signal }),
  });
}

export const ledgerXlsxUrl = (year: number) => `/api/zone/ledger.xlsx?year=${year}`;
