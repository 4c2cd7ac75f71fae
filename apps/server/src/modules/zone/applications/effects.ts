import type { ActionBody, ApplicationState } from '@inohub/contracts/zone/applications';
import type { Db } from '../../../lib/db/types.ts';
import { unprocessable } from '../../../lib/errors.ts';
import { startReporting } from '../reporting/index.ts';
import type { ResidentStatus } from '../zone.tables.ts';
import { type ApplicationValues, releaseHoldsOf, updateResident } from './repo.ts';
import type { Effect, Needs } from './state-machine.ts';

// The runners of the effects the transition table declares (state-machine.ts says what each means).

/** Refuses (422) an action whose required input is missing, before anything is written. */
export function assertInput(needs: Needs | undefined, input: ActionBody): void {
  if (needs === 'reason' && !input.reason)
    throw unprocessable('zone.reason_required', 'Give the termination ground', [
      { field: 'reason', message: 'is required', code: 'required' },
    ]);
  if (needs === 'agreement' && (!input.agreementNumber || !input.agreementDate))
    throw unprocessable('zone.agreement_required', 'Give the agreement number and date', [
      ...(input.agreementNumber
        ? []
        : [{ field: 'agreementNumber', message: 'is required', code: 'required' }]),
      ...(input.agreementDate ? [] : [{ field: 'agreementDate', message: 'is required', code: 'required' }]),
    ]);
}

/** Columns the effects write on the application together with the new state. */
export function columnsOf(effects: readonly Effect[], input: ActionBody): ApplicationValues {
  const values: ApplicationValues = {};
  if (effects.includes('record_submission')) values.submittedAt = new Date();
  if (effects.includes('record_termination')) values.terminationReason = input.reason;
  if (effects.includes('record_agreement')) {
    values.agreementNumber = input.agreementNumber;
    values.agreementDate = input.agreementDate;
  }
  return values;
}

/** A resident's status mirrors these application states; the others leave it alone. */
const RESIDENT_STATUS_OF: Partial<Record<ApplicationState, ResidentStatus>> = {
  active: 'active',
  amendment_pending: 'amendment_pending',
  terminated: 'terminated',
};

/** Effects after the application has moved: on the resident, on reporting, on held units. */
export async function runAfterEffects(
  db: Db,
  effects: readonly Effect[],
  moved: { applicationId: string; residentId: string | null; to: ApplicationState },
  input: ActionBody,
  onDate: string,
): Promise<void> {
  const { residentId, to } = moved;
  // An application that never reached the register has no resident to follow it.
  const status = RESIDENT_STATUS_OF[to];
  if (residentId && status && effects.includes('sync_resident')) {
    await updateResident(db, residentId, {
      status,
      ...(status === 'terminated' ? { terminatedOn: onDate, terminatedReason: input.reason } : {}),
    });
  }
  if (residentId && effects.includes('start_reporting')) await startReporting(db, residentId);
  if (effects.includes('release_holds')) await releaseHoldsOf(db, moved.applicationId);
}
