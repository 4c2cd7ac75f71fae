import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export type ParamKind = 'percent' | 'kopecks' | 'count' | 'text';

export interface ParamDefinition {
  code: string;
  kind: ParamKind;
  tiered: boolean;
  en: string;
  ru: string;
}

export interface ParamVersion {
  id: string;
  zoneId: string | null;
  code: string;
  tierFrom: number;
  tierTo: number | null;
  ratePercent: string | null;
  amountKopecks: number | null;
  count: number | null;
  textValue: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  status: 'proposed' | 'approved' | 'superseded' | 'rejected';
  source: string;
  confidence: 'stated' | 'unconfirmed';
  note: string | null;
  proposedBy: string | null;
  approvedBy: string | null;
}

export interface ParamProposal {
  code: string;
  tierFrom: number;
  ratePercent?: string | null;
  amountKopecks?: number | null;
  count?: number | null;
  textValue?: string | null;
  effectiveFrom: string;
  source: string;
  confidence: 'stated' | 'unconfirmed';
  note?: string | null;
}

const KEY = ['zone', 'finance-params'];

/** Every version of every finance parameter, with the definitions (names, kinds). */
export function useFinanceParams() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) =>
      api<{ definitions: ParamDefinition[]; items: ParamVersion[] }>('/api/zone/finance-params', { signal }),
  });
}

/** Propose, decide on, or annotate a version; every change refreshes the table and the ledgers. */
export function useFinanceParamActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['zone'] });
  return {
    propose: useMutation({
      mutationFn: (body: ParamProposal) =>
        api<ParamVersion>('/api/zone/finance-params', { method: 'POST', body }),
      onSuccess: refresh,
    }),
    decide: useMutation({
      mutationFn: ({ id, decision }: { id: string; decision: 'approve' | 'reject' }) =>
        api<ParamVersion>(`/api/zone/finance-params/${encodeURIComponent(id)}/decision`, {
          method: 'POST',
          body: { decision },
        }),
      onSuccess: refresh,
    }),
    confirm: useMutation({
      mutationFn: (id: string) =>
        api<ParamVersion>(`/api/zone/finance-params/${encodeURIComponent(id)}`, {
          method: 'PATCH',
          body: { confidence: 'stated' },
        }),
      onSuccess: refresh,
    }),
  };
}
