import type { Wire } from '@inohub/contracts/wire';
import {
  APPLICATION_DOCUMENT_KINDS,
  type ApplicationDocumentKind,
} from '@inohub/contracts/zone/applications';
import type { RulesOnDateView } from '@inohub/contracts/zone/eligibility';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

type Rules = Wire<typeof RulesOnDateView>;

/**
 * The zone's eligibility rules E1–E7 in force today (docs/domain/zone.md, "Eligibility"). The form takes what it
 * offers from them — the focus areas of E7, the documents E4 requires — so that it asks for exactly what the server
 * checks.
 */
export function useEligibilityRules(zoneId: string | undefined) {
  return useQuery({
    queryKey: ['zone', 'eligibility-rules', zoneId],
    enabled: Boolean(zoneId),
    staleTime: 5 * 60_000,
    queryFn: ({ signal }) =>
      api<Rules>(`/api/zone/zones/${encodeURIComponent(zoneId ?? '')}/eligibility-rules`, { signal }),
  });
}

function listParam(rules: Rules, code: string, param: string): string[] {
  const value = rules.inForce.find((r) => r.code === code)?.params[param];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The focus areas rule E7 accepts. */
export const focusAreasOf = (rules: Rules): string[] => listParam(rules, 'E7', 'focusAreas');

/** The documents rule E4 requires. */
export const requiredDocumentsOf = (rules: Rules): ApplicationDocumentKind[] =>
  listParam(rules, 'E4', 'requiredDocuments').filter((k): k is ApplicationDocumentKind =>
    (APPLICATION_DOCUMENT_KINDS as readonly string[]).includes(k),
  );
