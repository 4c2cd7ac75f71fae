import type { Wire } from '@inohub/contracts/wire';
import type { LedgerSummaryView } from '@inohub/contracts/zone/benefits';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** Zone admin / analyst: the benefit ledger of every resident for a year. */
export function useLedger(year: number) {
  return useQuery({
    queryKey: ['zone', 'ledger', year],
    queryFn: ({ signal }) => api<Wire<typeof LedgerSummaryView>>(`/api/zone/ledger?year=${year}`, { signal }),
  });
}

export const ledgerXlsxUrl = (year: number) => `/api/zone/ledger.xlsx?year=${year}`;
