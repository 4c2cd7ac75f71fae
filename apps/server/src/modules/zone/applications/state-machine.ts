import type { ApplicationState } from '../zone.tables.ts';

/** Who acts: a member of the applicant organization, or a zone administrator. */
export type Actor = 'applicant' | 'zone_admin';

export const APPLICATION_ACTIONS = [
  'submit',
  'accept_for_review',
  'request_revision',
  'approve',
  'reject',
  'sign_agreement',
  'register',
  'activate',
  'request_amendment',
  'decline_amendment',
  'terminate',
  'withdraw',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

export interface Transition {
  from: ApplicationState;
  action: ApplicationAction;
  actor: Actor;
  to: ApplicationState;
  /** Needs two distinct zone administrators; the second approval moves the state. */
  fourEyes?: boolean;
  /** Runs the eligibility rules first; a failed mandatory rule refuses the transition. */
  eligibility?: boolean;
  /** Refused while the resident has overdue reports (DOMAIN §6.2 T5 gating). */
  needsNoOverdueReports?: boolean;
}

/**
 * The whole residency workflow of DOMAIN.md §6.1 in one table: every allowed
 * (state, action, actor) and where it leads. Anything not listed is refused.
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', action: 'submit', actor: 'applicant', to: 'submitted', eligibility: true },
  { from: 'draft', action: 'withdraw', actor: 'applicant', to: 'rejected' },
  { from: 'submitted', action: 'accept_for_review', actor: 'zone_admin', to: 'supervisory_board_review' },
  { from: 'submitted', action: 'request_revision', actor: 'zone_admin', to: 'revision_requested' },
  { from: 'submitted', action: 'reject', actor: 'zone_admin', to: 'rejected' },
  { from: 'submitted', action: 'withdraw', actor: 'applicant', to: 'rejected' },
  {
    from: 'supervisory_board_review',
    action: 'approve',
    actor: 'zone_admin',
    to: 'expert_council_review',
    fourEyes: true,
  },
  {
    from: 'supervisory_board_review',
    action: 'request_revision',
    actor: 'zone_admin',
    to: 'revision_requested',
  },
  { from: 'supervisory_board_review', action: 'reject', actor: 'zone_admin', to: 'rejected' },
  { from: 'supervisory_board_review', action: 'withdraw', actor: 'applicant', to: 'rejected' },
  {
    from: 'revision_requested',
    action: 'submit',
    actor: 'applicant',
    to: 'supervisory_board_review',
    eligibility: true,
  },
  { from: 'revision_requested', action: 'withdraw', actor: 'applicant', to: 'rejected' },
  { from: 'revision_requested', action: 'reject', actor: 'zone_admin', to: 'rejected' },
  { from: 'expert_council_review', action: 'approve', actor: 'zone_admin', to: 'approved', fourEyes: true },
  {
    from: 'expert_council_review',
    action: 'request_revision',
    actor: 'zone_admin',
    to: 'revision_requested',
  },
  { from: 'expert_council_review', action: 'reject', actor: 'zone_admin', to: 'rejected' },
  { from: 'expert_council_review', action: 'withdraw', actor: 'applicant', to: 'rejected' },
  { from: 'approved', action: 'sign_agreement', actor: 'zone_admin', to: 'agreement_signed' },
  { from: 'approved', action: 'withdraw', actor: 'applicant', to: 'rejected' },
  { from: 'agreement_signed', action: 'register', actor: 'zone_admin', to: 'registered' },
  { from: 'registered', action: 'activate', actor: 'zone_admin', to: 'active' },
  { from: 'registered', action: 'terminate', actor: 'zone_admin', to: 'terminated' },
  {
    from: 'active',
    action: 'request_amendment',
    actor: 'applicant',
    to: 'amendment_pending',
    needsNoOverdueReports: true,
  },
  { from: 'active', action: 'terminate', actor: 'zone_admin', to: 'terminated' },
  { from: 'amendment_pending', action: 'approve', actor: 'zone_admin', to: 'active', fourEyes: true },
  { from: 'amendment_pending', action: 'decline_amendment', actor: 'zone_admin', to: 'active' },
  { from: 'amendment_pending', action: 'terminate', actor: 'zone_admin', to: 'terminated' },
];

export function findTransition(
  from: ApplicationState,
  action: ApplicationAction,
  actors: readonly Actor[],
): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.action === action && actors.includes(t.actor));
}

/** Actions the given actors may take in a state (for the UI's buttons). */
export function allowedActions(from: ApplicationState, actors: readonly Actor[]): ApplicationAction[] {
  return [
    ...new Set(TRANSITIONS.filter((t) => t.from === from && actors.includes(t.actor)).map((t) => t.action)),
  ];
}

/**
 * States waiting for a zone administrator to move the application forward (the reviewer queue's
 * default): those with an administrator transition other than the ones every state has (reject,
 * send back, terminate). An active resident or an application back with the applicant is not waiting.
 */
export const AWAITING_ADMIN_STATES: readonly ApplicationState[] = [
  ...new Set(
    TRANSITIONS.filter(
      (t) => t.actor === 'zone_admin' && !['reject', 'request_revision', 'terminate'].includes(t.action),
    ).map((t) => t.from),
  ),
];

/** States whose decision is taken by four-eyes approval. */
export type ApprovalStage = 'supervisory_board_review' | 'expert_council_review' | 'amendment_pending';

/** Once an agreement is registered the application stands for the resident's agreement. */
export const RESIDENT_STATES: readonly ApplicationState[] = [
  'registered',
  'active',
  'amendment_pending',
  'terminated',
];
/** States in which the applicant may edit the draft. */
export const EDITABLE_STATES: readonly ApplicationState[] = ['draft', 'revision_requested'];
/** States in which units may be held for the application. */
export const HOLDING_STATES: readonly ApplicationState[] = [
  'draft',
  'submitted',
  'supervisory_board_review',
  'revision_requested',
  'expert_council_review',
  'approved',
  'agreement_signed',
];
