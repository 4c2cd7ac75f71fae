import type { OrganizationKind } from '@inohub/contracts/directory';
// Query functions other modules use to read organizations (eligibility facts, recipients, search).
import { and, eq, ilike, inArray, or } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import { getUser } from '../../identity/index.ts';
import { organizationMembers, organizations } from '../directory.tables.ts';
import { membershipsOf } from '../me/service.ts';
import { membershipOf } from '../policy.ts';

export interface OrganizationFacts {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  inn: string | null;
  legalForm: string | null;
  registrationMunicipality: string | null;
  city: string;
  website: string | null;
  foreignCapitalPercent: number;
}

const factsColumns = {
  id: organizations.id,
  kind: organizations.kind,
  name: organizations.name,
  nameEn: organizations.nameEn,
  inn: organizations.inn,
  legalForm: organizations.legalForm,
  registrationMunicipality: organizations.registrationMunicipality,
  city: organizations.city,
  website: organizations.website,
  foreignCapitalPercent: organizations.foreignCapitalPercent,
};

export async function organizationFacts(db: Db, id: string): Promise<OrganizationFacts> {
  const [row] = await db.select(factsColumns).from(organizations).where(eq(organizations.id, id));
  if (!row) throw notFound('organization', 'zone.organization_not_found');
  return row;
}

export async function organizationFactsMany(db: Db, ids: string[]): Promise<Map<string, OrganizationFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select(factsColumns).from(organizations).where(inArray(organizations.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function isOrganizationMember(db: Db, organizationId: string, userId: string): Promise<boolean> {
  return (await membershipOf(db, organizationId, userId)) !== null;
}

export async function organizationIdsOfUser(db: Db, userId: string): Promise<string[]> {
  return (await membershipsOf(db, userId)).map((m) => m.organizationId);
}

/** Members of an organization with the address and language to write to them in. */
export async function memberRecipients(
  db: Db,
  organizationId: string,
): Promise<Array<{ email: string; name: string; locale: 'ru' | 'en' }>> {
  const rows = await db
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(eq(organizationMembers.organizationId, organizationId));
  const out: Array<{ email: string; name: string; locale: 'ru' | 'en' }> = [];
  for (const r of rows) {
    const u = await getUser(db, r.userId);
    if (!u.disabled) out.push({ email: u.email, name: u.name, locale: u.locale === 'en' ? 'en' : 'ru' });
  }
  return out;
}

/** Demo companies for the zone demo step (invented organizations only). */
export async function demoCompanies(db: Db): Promise<OrganizationFacts[]> {
  return db
    .select(factsColumns)
    .from(organizations)
    .where(and(eq(organizations.isDemo, true), inArray(organizations.kind, ['company', 'startup'])))
    .orderBy(organizations.name, organizations.id);
}

/** Test and demo helper: makes a user a member of an organization. */
export async function addMembership(
  db: Db,
  organizationId: string,
  userId: string,
  role: 'owner' | 'member' = 'owner',
): Promise<void> {
  await db.insert(organizationMembers).values({ organizationId, userId, role }).onConflictDoNothing();
}

/** Test helper: an invented company. */
export async function createOrganizationForTest(
  db: Db,
  values: {
    name: string;
    kind?: 'company' | 'startup' | 'university';
    legalForm?: string;
    registrationMunicipality?: string | null;
    inn?: string;
    foreignCapitalPercent?: number;
  },
): Promise<string> {
  const [row] = await db
    .insert(organizations)
    .values({
      name: values.name,
      kind: values.kind ?? 'company',
      legalForm: (values.legalForm ?? 'ooo') as 'ooo',
      registrationMunicipality:
        values.registrationMunicipality === undefined ? 'г. Томск' : values.registrationMunicipality,
      inn: values.inn,
      foreignCapitalPercent: values.foreignCapitalPercent ?? 0,
    })
    .returning({ id: organizations.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

/** Organizations whose name or INN matches a search string (register filter `q`). */
export async function organizationIdsMatching(db: Db, q: string): Promise<string[]> {
  const like = `%${q.replace(/[%_\\]/g, '\\$&')}%`;
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      or(
        ilike(organizations.name, like),
        ilike(organizations.nameEn, like),
        ilike(organizations.legalName, like),
        ilike(organizations.inn, like),
      ),
    );
  return rows.map((r) => r.id);
}

/** Organization ids by INN (for imports that name an employer by its tax number); unknown INNs are absent. */
export async function organizationIdsByInn(db: Db, inns: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(inns)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, inn: organizations.inn })
    .from(organizations)
    .where(inArray(organizations.inn, wanted));
  return new Map(rows.flatMap((r) => (r.inn ? [[r.inn, r.id] as const] : [])));
}

/** Every organization of one kind, by name (a few dozen universities, funds …): facts only. */
export async function organizationsOfKind(db: Db, kind: OrganizationKind): Promise<OrganizationFacts[]> {
  return db
    .select(factsColumns)
    .from(organizations)
    .where(eq(organizations.kind, kind))
    .orderBy(organizations.name);
}
