import {
  APPLICATION_ACTIONS,
  type ApplicationAction,
  type ApplicationState,
  type ApprovalStage,
} from '@inohub/contracts/zone/applications';

export { APPLICATION_ACTIONS, type ApplicationAction, type ApprovalStage };

/** Who acts: a member of the applicant organization, or a zone administrator. */
export type Actor = 'applicant' | 'zone_admin';

/** Input an action cannot do without (checked before anything is written). */
export type Needs = 'reason' | 'agreement';

/**
 * What a transition does besides moving the state, run by apply-action.ts in this order:
 * - record_submission: stamps `submittedAt`;
 * - record_agreement: stores the agreement number and date given;
 * - record_termination: stores the termination ground given;
 * - create_resident: enters the organization in the register of residents (register.ts);
 * - sync_resident: the resident's status follows the application's new state (when there is a resident);
 * - start_reporting: the resident's reporting obligations start;
 * - release_holds: units held for the application become free again.
 */
export type Effect =
  | 'record_submission'
  | 'record_agreement'
  | 'record_termination'
  | 'create_resident'
  | 'sync_resident'
  | 'start_reporting'
  | 'release_holds';

export interface Transition {
  from: ApplicationState;
  action: ApplicationAction;
  actor: Actor;
  to: ApplicationState;
  /** Needs two distinct zone administrators; the second approval moves the state. */
  fourEyes?: boolean;
  /** Runs the eligibility rules first; a failed mandatory rule refuses the transition. */
  eligibility?: boolean;
  /** Refused while the resident has overdue reports (docs/domain/zone.md, "Overdue gate"). */
  needsNoOverdueReports?: boolean;
  needs?: Needs;
  effects?: readonly Effect[];
}

// Rows that several states share, spelled once.
const WITHDRAW = {
  action: 'withdraw',
  actor: 'applicant',
  to: 'rejected',
  effects: ['release_holds'],
} as const;
const REJECT = { action: 'reject', actor: 'zone_admin', to: 'rejected', effects: ['release_holds'] } as const;
const REVISE = { action: 'request_revision', actor: 'zone_admin', to: 'revision_requested' } as const;
const TERMINATE = {
  action: 'terminate',
  actor: 'zone_admin',
  to: 'terminated',
  needs: 'reason',
  effects: ['record_termination', 'sync_resident', 'release_holds'],
} as const;
const SUBMIT = {
  action: 'submit',
  actor: 'applicant',
  eligibility: true,
  effects: ['record_submission'],
} as const;

/**
 * The whole residency workflow (docs/domain/zone.md, "State machine") in one table: every allowed
 * (state, action, actor), where it leads and what else it does. Anything not listed is refused.
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', ...SUBMIT, to: 'submitted' },
  { from: 'draft', ...WITHDRAW },
  { from: 'submitted', action: 'accept_for_review', actor: 'zone_admin', to: 'supervisory_board_review' },
  { from: 'submitted', ...REVISE },
  { from: 'submitted', ...REJECT },
  { from: 'submitted', ...WITHDRAW },
  {
    from: 'supervisory_board_review',
    action: 'approve',
    actor: 'zone_admin',
    to: 'expert_council_review',
    fourEyes: true,
  },
  { from: 'supervisory_board_review', ...REVISE },
  { from: 'supervisory_board_review', ...REJECT },
  { from: 'supervisory_board_review', ...WITHDRAW },
  // A revised application goes straight back to the board, not to the intake check.
  { from: 'revision_requested', ...SUBMIT, to: 'supervisory_board_review' },
  { from: 'revision_requested', ...WITHDRAW },
  { from: 'revision_requested', ...REJECT },
  { from: 'expert_council_review', action: 'approve', actor: 'zone_admin', to: 'approved', fourEyes: true },
  { from: 'expert_council_review', ...REVISE },
  { from: 'expert_council_review', ...REJECT },
  { from: 'expert_council_review', ...WITHDRAW },
  {
    from: 'approved',
    action: 'sign_agreement',
    actor: 'zone_admin',
    to: 'agreement_signed',
    needs: 'agreement',
    effects: ['record_agreement'],
  },
  { from: 'approved', ...WITHDRAW },
  {
    from: 'agreement_signed',
    action: 'register',
    actor: 'zone_admin',
    to: 'registered',
    effects: ['create_resident', 'release_holds'],
  },
  {
    from: 'registered',
    action: 'activate',
    actor: 'zone_admin',
    to: 'active',
    effects: ['sync_resident', 'start_reporting'],
  },
  { from: 'registered', ...TERMINATE },
  {
    from: 'active',
    action: 'request_amendment',
    actor: 'applicant',
    to: 'amendment_pending',
    needsNoOverdueReports: true,
    effects: ['sync_resident'],
  },
  { from: 'active', ...TERMINATE },
  {
    from: 'amendment_pending',
    action: 'approve',
    actor: 'zone_admin',
    to: 'active',
    fourEyes: true,
    effects: ['sync_resident'],
  },
  {
    from: 'amendment_pending',
    action: 'decline_amendment',
    actor: 'zone_admin',
    to: 'active',
    effects: ['sync_resident'],
  },
  { from: 'amendment_pending', ...TERMINATE },
];

export function findTransition(
  from: ApplicationState,
  action: ApplicationAction,
  actors: readonly Actor[],
): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.action === action && actors.includes(t.actor));
}

/** Whether anybody at all may take the action in the state (decides 403 versus 409 on refusal). */
export function someoneMay(from: ApplicationState, action: ApplicationAction): boolean {
  return TRANSITIONS.some((t) => t.from === from && t.action === action);
}

/** Actions the given actors may take in a state. */
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
