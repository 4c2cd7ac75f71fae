import type { Wire } from '@inohub/contracts/wire';
import type { LedgerEntryView } from '@inohub/contracts/zone/benefits';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export function useResidentLedger(residentId: string, year: number) {
  return useQuery({
    queryKey: ['zone', 'resident', residentId, 'ledger', year],
    queryFn: ({ signal }) =>
      api<Wire<typeof LedgerEntryView>>(
        `/api/zone/residents/${encodeURIComponent(residentId)}/ledger?year=${year}`,
        {
          signal,
        },
      ),
  });
}
