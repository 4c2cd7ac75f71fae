import type { MemberRole, OrganizationSummary } from '@inohub/contracts/directory';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import {
  organizationMembers,
  organizationSectors,
  organizations,
  profiles,
  sectors,
} from '../directory.tables.ts';
import { users } from '../identity-read.tables.ts';

type OrganizationRow = typeof organizations.$inferSelect;

/** The columns a summary needs (never the search vector). */
export const summaryColumns = {
  id: organizations.id,
  kind: organizations.kind,
  name: organizations.name,
  nameEn: organizations.nameEn,
  legalName: organizations.legalName,
  legalForm: organizations.legalForm,
  inn: organizations.inn,
  ogrn: organizations.ogrn,
  registrationMunicipality: organizations.registrationMunicipality,
  city: organizations.city,
  website: organizations.website,
  descriptionRu: organizations.descriptionRu,
  descriptionEn: organizations.descriptionEn,
  headcount: organizations.headcount,
  foundedYear: organizations.foundedYear,
  foreignCapitalPercent: organizations.foreignCapitalPercent,
  verifiedAt: organizations.verifiedAt,
  updatedAt: organizations.updatedAt,
};
export type SummaryRow = Pick<OrganizationRow, keyof typeof summaryColumns>;

export async function sectorsOf(db: Db, organizationIds: string[]) {
  const map = new Map<string, OrganizationSummary['sectors']>();
  if (organizationIds.length === 0) return map;
  const rows = await db
    .select({
      organizationId: organizationSectors.organizationId,
      code: sectors.code,
      nameRu: sectors.nameRu,
      nameEn: sectors.nameEn,
    })
    .from(organizationSectors)
    .innerJoin(sectors, eq(sectors.code, organizationSectors.sectorCode))
    .where(inArray(organizationSectors.organizationId, organizationIds))
    .orderBy(asc(sectors.code));
  for (const { organizationId, ...sector } of rows)
    map.set(organizationId, [...(map.get(organizationId) ?? []), sector]);
  return map;
}

/** Rows → summaries, with their sectors loaded in one query. */
export async function toSummaries(db: Db, rows: SummaryRow[]): Promise<OrganizationSummary[]> {
  const bySector = await sectorsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, sectors: bySector.get(r.id) ?? [] }));
}

export async function findSummary(db: Db, id: string): Promise<OrganizationSummary> {
  const [row] = await db.select(summaryColumns).from(organizations).where(eq(organizations.id, id));
  if (!row) throw notFound('organization', 'directory.organization_not_found');
  const [summary] = await toSummaries(db, [row]);
  return summary as OrganizationSummary;
}

/** Locks the organization row so that concurrent membership changes are serialized (last owner rule). */
export async function lockOrganization(db: Db, id: string): Promise<SummaryRow> {
  const [row] = await db
    .select(summaryColumns)
    .from(organizations)
    .where(eq(organizations.id, id))
    .for('update');
  if (!row) throw notFound('organization', 'directory.organization_not_found');
  return row;
}

/** Replaces an organization's sectors; unknown codes fail on the foreign key (→ 409) — we check first for a 400. */
export async function replaceSectors(db: Db, organizationId: string, codes: string[]): Promise<void> {
  await db.delete(organizationSectors).where(eq(organizationSectors.organizationId, organizationId));
  const unique = [...new Set(codes)];
  if (unique.length)
    await db.insert(organizationSectors).values(unique.map((sectorCode) => ({ organizationId, sectorCode })));
}

/**
 * An organization's sectors as a JSON array, for a query of `organizations` (the subquery names the
 * outer table in full: drizzle writes a selected column of a one-table query unqualified, "id", which
 * inside a subquery would mean the subquery's own table).
 */
export const sectorsJson = sql<OrganizationSummary['sectors']>`coalesce((
  select json_agg(json_build_object('code', s.code, 'nameRu', s.name_ru, 'nameEn', s.name_en) order by s.code)
  from ${organizationSectors} os join ${sectors} s on s.code = os.sector_code
  where os.organization_id = "organizations"."id"), '[]'::json)`;

export interface DetailRow extends SummaryRow {
  sectors: OrganizationSummary['sectors'];
  members: Array<{ userId: string; name: string; role: MemberRole; isPublic: boolean }>;
  /** The viewer's own membership role, or null (also for visitors). */
  viewerRole: MemberRole | null;
}

/**
 * An organization with its sectors, its members and the viewer's membership in one query: the
 * public page is the directory's most read record, and on the embedded database each query costs
 * a round trip through WebAssembly, so three queries cost about three times one
 * (docs/decisions.md, "Speed of the request path").
 */
export async function findDetail(db: Db, id: string, viewerId: string | null): Promise<DetailRow> {
  const [row] = await db
    .select({
      ...summaryColumns,
      sectors: sectorsJson,
      members: sql<DetailRow['members']>`coalesce((
        select json_agg(json_build_object('userId', m.user_id, 'name', u.name, 'role', m.role, 'isPublic', coalesce(p.is_public, false)) order by m.role, u.name)
        from ${organizationMembers} m join ${users} u on u.id = m.user_id left join ${profiles} p on p.user_id = m.user_id
        where m.organization_id = "organizations"."id"), '[]'::json)`,
      viewerRole: sql<MemberRole | null>`(
        select m.role from ${organizationMembers} m
        where m.organization_id = "organizations"."id" and m.user_id = ${viewerId ?? ''})`,
    })
    .from(organizations)
    .where(eq(organizations.id, id));
  if (!row) throw notFound('organization', 'directory.organization_not_found');
  return row;
}
