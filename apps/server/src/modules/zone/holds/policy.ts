import type { ApplicationState } from '@inohub/contracts/zone/applications';
import { AppError, conflict } from '../../../lib/errors.ts';
import { type Actor, HOLDING_STATES } from '../applications/state-machine.ts';

/**
 * Units are held by the applicant (or a zone administrator on its behalf), and only while the
 * application is on its way to registration (docs/domain/zone.md, "Leases and space", holds).
 */
export function assertMayHoldUnits(state: ApplicationState, actors: readonly Actor[]): void {
  if (!actors.includes('applicant') && !actors.includes('zone_admin'))
    throw new AppError('forbidden', 'zone.not_member', 'Only the applicant may hold units');
  if (!HOLDING_STATES.includes(state))
    throw conflict('zone.hold_state', `Units cannot be held for an application in state ${state}`);
}
