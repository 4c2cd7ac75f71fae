import type { CaseStatus } from '@inohub/contracts/zone/compliance';

/**
 * How a compliance case moves (docs/domain/zone.md, "compliance flags"): an administrator
 * acknowledges, resolves or dismisses it; a closed case can be reopened.
 */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['acknowledged', 'resolved', 'dismissed'],
  acknowledged: ['open', 'resolved', 'dismissed'],
  resolved: ['open'],
  dismissed: ['open'],
};

export const allowedStatuses = (from: CaseStatus): CaseStatus[] => [...CASE_TRANSITIONS[from]];
export const canMove = (from: CaseStatus, to: CaseStatus) => CASE_TRANSITIONS[from].includes(to);
/** A resolved or dismissed case is closed (it carries `closedAt`). */
export const isClosed = (status: CaseStatus) => status === 'resolved' || status === 'dismissed';
