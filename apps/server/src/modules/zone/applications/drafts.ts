import type { CreateApplicationBody, DraftBody } from '@inohub/contracts/zone/applications';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, unprocessable } from '../../../lib/errors.ts';
import { recordAudit } from '../../identity/index.ts';
import { organizationFacts } from '../directory-port.ts';
import { isMemberOf } from '../policy.ts';
import { applicationForViewer, type ServiceDeps } from './access.ts';
import { assertEditable } from './policy.ts';
import {
  type ApplicationRow,
  type ApplicationValues,
  existingUnitIds,
  findZone,
  insertApplication,
  insertEvent,
  updateApplication,
} from './repo.ts';

/** Organization kinds that may apply (commercial organizations; E1 then checks the legal form). */
const APPLICANT_KINDS = ['company', 'startup', 'corporation'];

/** Starts a draft for an organization the caller belongs to. */
export async function createApplication(
  db: Db,
  deps: ServiceDeps,
  input: CreateApplicationBody,
): Promise<ApplicationRow> {
  await findZone(db, input.zoneId);
  const org = await organizationFacts(db, input.organizationId);
  if (!(await isMemberOf(db, deps.principal, org.id)))
    throw new AppError(
      'forbidden',
      'zone.not_member',
      'Only members of the organization may apply on its behalf',
    );
  if (!APPLICANT_KINDS.includes(org.kind)) {
    throw unprocessable('zone.organization_kind', 'Only a company may apply for residency', [
      { field: 'organizationId', message: 'is not a company', code: 'organization_kind' },
    ]);
  }
  const row = await insertApplication(db, {
    zoneId: input.zoneId,
    organizationId: org.id,
    createdBy: deps.principal.userId,
    state: 'draft',
  });
  await insertEvent(db, {
    applicationId: row.id,
    action: 'create',
    fromState: null,
    toState: 'draft',
    actorId: deps.principal.userId,
  });
  await recordAudit(db, deps.audit, {
    action: 'zone.application_created',
    objectType: 'zone_application',
    objectId: row.id,
    details: { organizationId: org.id },
  });
  return row;
}

/** Autosave: the same patch twice leaves the same application (the version moves only on change). */
export async function saveDraft(
  db: Db,
  deps: ServiceDeps,
  id: string,
  patch: DraftBody,
): Promise<ApplicationRow> {
  const { app, actors } = await applicationForViewer(db, deps.principal, id, true);
  assertEditable(app.state, actors, 'edits the application');
  const { utilities, ...rest } = patch;
  const values: ApplicationValues = { ...rest, ...(utilities ?? {}) };
  if (values.requestedUnitIds?.length) {
    const found = await existingUnitIds(db, values.requestedUnitIds);
    const missing = values.requestedUnitIds.filter((u) => !found.includes(u));
    if (missing.length)
      throw unprocessable(
        'zone.unit_not_found',
        'Some requested units do not exist',
        missing.map((m) => ({ field: 'requestedUnitIds', message: `unit ${m} not found` })),
      );
  }
  if (values.investmentPlan)
    values.investmentPlan = [...values.investmentPlan].sort((a, b) => a.year - b.year);
  const changed = Object.entries(values).some(
    ([k, v]) => stableJson((app as Record<string, unknown>)[k] ?? null) !== stableJson(v ?? null),
  );
  if (!changed) return app;
  return updateApplication(db, id, { ...values, updatedAt: new Date() });
}

/** JSON with sorted keys: jsonb does not keep key order, so plain JSON.stringify would see changes that are not. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
