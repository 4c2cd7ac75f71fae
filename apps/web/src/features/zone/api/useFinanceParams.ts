import type { Wire } from '@inohub/contracts/wire';
import type {
  ParamBody,
  ParamDecision,
  ParamDefinitionView,
  ParamListView,
  ParamVersionView,
} from '@inohub/contracts/zone/benefits';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';

export type { ParamKind } from '@inohub/contracts/zone/benefits';
export type ParamDefinition = Wire<typeof ParamDefinitionView>;
export type ParamVersion = Wire<typeof ParamVersionView>;
export type ParamProposal = z.input<typeof ParamBody>;

const KEY = ['zone', 'finance-params'];

/** Every version of every finance parameter, with the definitions (names, kinds). */
export function useFinanceParams() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api<Wire<typeof ParamListView>>('/api/zone/finance-params', { signal }),
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
      mutationFn: ({ id, decision }: { id: string; decision: ParamDecision }) =>
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
