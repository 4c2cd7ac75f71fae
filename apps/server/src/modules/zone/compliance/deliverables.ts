import type { DeliverableInput } from '@inohub/contracts/zone/compliance';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { getResident } from '../reporting/repo.ts';
import { insertDeliverable, setDelivered } from './repo.ts';

// Project documentation and engineering surveys a resident owes by a date: flag T3.

export async function createDeliverable(
  db: Db,
  audit: AuditContext,
  residentId: string,
  input: DeliverableInput,
) {
  await getResident(db, residentId);
  const row = await insertDeliverable(db, residentId, input);
  await recordAudit(db, audit, {
    action: 'zone.deliverable.create',
    objectType: 'zone_project_deliverable',
    objectId: row?.id ?? null,
    details: { residentId, ...input },
  });
  return row;
}

export async function markDelivered(db: Db, audit: AuditContext, id: string, deliveredOn: string) {
  const row = await setDelivered(db, id, deliveredOn);
  if (!row) throw notFound('deliverable', 'zone.deliverable_not_found');
  await recordAudit(db, audit, {
    action: 'zone.deliverable.delivered',
    objectType: 'zone_project_deliverable',
    objectId: id,
    details: { deliveredOn },
  });
  return row;
}
