import { type DirectoryStats, ORGANIZATION_KINDS, type OrganizationKind } from '@inohub/contracts/directory';
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { organizationSectors, organizations, profiles } from '../directory.tables.ts';

/** Headline figures for the home page: organizations by kind, public people, organizations per sector. */
export async function directoryStats(db: Db): Promise<DirectoryStats> {
  const byKind = await db
    .select({ kind: organizations.kind, n: sql<number>`count(*)::int` })
    .from(organizations)
    .groupBy(organizations.kind);
  const organizationsByKind = Object.fromEntries(ORGANIZATION_KINDS.map((k) => [k, 0])) as Record<
    OrganizationKind,
    number
  >;
  for (const row of byKind) organizationsByKind[row.kind] = row.n;
  const [people] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(profiles)
    .where(eq(profiles.isPublic, true));
  const count = sql<number>`count(*)::int`;
  const sectors = await db
    .select({ code: organizationSectors.sectorCode, count })
    .from(organizationSectors)
    .groupBy(organizationSectors.sectorCode)
    .orderBy(desc(count), asc(organizationSectors.sectorCode));
  return { organizationsByKind, people: people?.n ?? 0, sectors };
}
