import type {
  OrganizationCreateInput,
  OrganizationDetail,
  OrganizationPatchInput,
  OrganizationSummary,
} from '@inohub/contracts/directory';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { organizationMembers, organizations, sectors } from '../directory.tables.ts';
import { canEditOrganization } from '../policy.ts';
import { checkLegalIds } from './legal-ids.ts';
import { findDetail, findSummary, lockOrganization, replaceSectors } from './repo.ts';

async function assertSectorsExist(db: Db, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  const found = await db.select({ code: sectors.code }).from(sectors).where(inArray(sectors.code, codes));
  const known = new Set(found.map((r) => r.code));
  const errors = codes
    .map((code, i) => ({ code, i }))
    .filter((x) => !known.has(x.code))
    .map((x) => ({
      field: `body.sectors.${x.i}`,
      message: `unknown sector "${x.code}"`,
      code: 'unknown_sector',
    }));
  if (errors.length) throw new AppError('invalid', 'directory.unknown_sector', 'Unknown sector code', errors);
}

/** Public page of an organization: members with public profiles, or all of them for its editors. */
export async function getOrganizationDetail(
  db: Db,
  principal: Principal | null,
  id: string,
): Promise<OrganizationDetail> {
  const { members: all, viewerRole, ...summary } = await findDetail(db, id, principal?.userId ?? null);
  const canEdit = canEditOrganization(principal, viewerRole);
  const members = all
    .filter((m) => canEdit || m.isPublic)
    .map(({ userId, name, role }) => ({ userId, name, role }));
  return { ...summary, members, canEdit };
}

/** Creates an organization; its creator becomes its first owner. */
export async function createOrganization(
  db: Db,
  audit: AuditContext,
  creatorId: string,
  input: OrganizationCreateInput,
): Promise<OrganizationSummary> {
  const { sectors: codes = [], ...fields } = input;
  checkLegalIds({ legalForm: fields.legalForm ?? null, inn: fields.inn ?? null, ogrn: fields.ogrn ?? null });
  await assertSectorsExist(db, codes);
  const [row] = await db
    .insert(organizations)
    .values({ ...fields, createdBy: creatorId })
    .returning({ id: organizations.id });
  const id = (row as { id: string }).id;
  await replaceSectors(db, id, codes);
  await db.insert(organizationMembers).values({ organizationId: id, userId: creatorId, role: 'owner' });
  await recordAudit(db, audit, {
    action: 'directory.organization_created',
    objectType: 'organization',
    objectId: id,
    details: { kind: input.kind, name: input.name },
  });
  return findSummary(db, id);
}

/** Partial update by an owner or administrator (the caller checks the policy first). */
export async function updateOrganization(
  db: Db,
  audit: AuditContext,
  id: string,
  patch: OrganizationPatchInput,
): Promise<OrganizationSummary> {
  const current = await lockOrganization(db, id);
  const { sectors: codes, ...fields } = patch;
  // The legal-id rule applies to the record as it will be, not to the patch alone.
  checkLegalIds({
    legalForm: fields.legalForm !== undefined ? fields.legalForm : current.legalForm,
    inn: fields.inn !== undefined ? fields.inn : current.inn,
    ogrn: fields.ogrn !== undefined ? fields.ogrn : current.ogrn,
  });
  if (codes) await assertSectorsExist(db, codes);
  await db
    .update(organizations)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(organizations.id, id));
  if (codes) await replaceSectors(db, id, codes);
  await recordAudit(db, audit, {
    action: 'directory.organization_updated',
    objectType: 'organization',
    objectId: id,
    details: { fields: Object.keys(patch) },
  });
  return findSummary(db, id);
}

/** Marks the record as checked against the state register today. */
export async function verifyOrganization(
  db: Db,
  audit: AuditContext,
  id: string,
  verifierId: string,
): Promise<OrganizationSummary> {
  await lockOrganization(db, id);
  const now = new Date();
  await db
    .update(organizations)
    .set({ verifiedAt: now, verifiedBy: verifierId, updatedAt: now })
    .where(and(eq(organizations.id, id)));
  await recordAudit(db, audit, {
    action: 'directory.organization_verified',
    objectType: 'organization',
    objectId: id,
  });
  return findSummary(db, id);
}
