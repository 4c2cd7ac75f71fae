import type {
  OrganizationKind,
  OrganizationListQuery,
  OrganizationSummary,
} from '@inohub/contracts/directory';
import { and, asc, desc, eq, gt, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { organizationSectors, organizations } from '../directory.tables.ts';
import { sectorsJson, summaryColumns, toSummaries } from './repo.ts';

// Thresholds for typo tolerance. word_similarity compares the query with the best-matching run
// of words in the name ("Микран" vs "НПФ Микрон" ≈ 0.57); similarity compares whole strings.
const WORD_SIMILARITY_MIN = 0.5;
const SIMILARITY_MIN = 0.3;

function textMatch(q: string) {
  const ru = sql`websearch_to_tsquery('russian', ${q})`;
  const en = sql`websearch_to_tsquery('english', ${q})`;
  const nameEn = sql`coalesce(${organizations.nameEn}, '')`;
  // Stemmed full text in both languages, or a name that is close enough to the query as typed.
  const where = sql`(${organizations.searchVector} @@ ${ru} or ${organizations.searchVector} @@ ${en}
    or word_similarity(${q}, ${organizations.name}) >= ${WORD_SIMILARITY_MIN}
    or word_similarity(${q}, ${nameEn}) >= ${WORD_SIMILARITY_MIN}
    or similarity(${q}, ${organizations.name}) >= ${SIMILARITY_MIN}
    or similarity(${q}, ${nameEn}) >= ${SIMILARITY_MIN})`;
  const rank = sql<number>`(ts_rank(${organizations.searchVector}, ${ru}) + ts_rank(${organizations.searchVector}, ${en})
    + greatest(word_similarity(${q}, ${organizations.name}), word_similarity(${q}, ${nameEn}),
               similarity(${q}, ${organizations.name}), similarity(${q}, ${nameEn})))`;
  return { where, rank };
}

export interface OrganizationFilter {
  q?: string;
  kind?: OrganizationKind;
  sector?: string;
  city?: string;
  foreign?: boolean;
  verified?: boolean;
  isDemo?: boolean;
}

function conditionsOf(filter: OrganizationFilter): SQL[] {
  const c: SQL[] = [];
  if (filter.kind) c.push(eq(organizations.kind, filter.kind));
  if (filter.sector) {
    c.push(
      sql`exists (select 1 from ${organizationSectors} where ${organizationSectors.organizationId} = ${organizations.id} and ${organizationSectors.sectorCode} = ${filter.sector})`,
    );
  }
  if (filter.city) c.push(sql`lower(${organizations.city}) = lower(${filter.city})`);
  if (filter.foreign !== undefined)
    c.push(
      filter.foreign
        ? gt(organizations.foreignCapitalPercent, 0)
        : eq(organizations.foreignCapitalPercent, 0),
    );
  if (filter.verified !== undefined)
    c.push(filter.verified ? isNotNull(organizations.verifiedAt) : isNull(organizations.verifiedAt));
  if (filter.isDemo !== undefined) c.push(eq(organizations.isDemo, filter.isDemo));
  return c;
}

/** The public directory search: filters, bilingual stemmed full text plus trigram typo tolerance. */
export async function searchOrganizations(
  db: Db,
  query: OrganizationListQuery,
): Promise<{ items: OrganizationSummary[]; total: number }> {
  const conditions = conditionsOf(query);
  const q = query.q?.trim() ? query.q.trim() : undefined;
  const match = q ? textMatch(q) : null;
  if (match) conditions.push(match.where);
  const where = conditions.length ? and(...conditions) : undefined;

  const order =
    query.sort === 'updated'
      ? [desc(organizations.updatedAt), asc(organizations.id)]
      : query.sort === 'relevance' && match
        ? [desc(match.rank), asc(organizations.name), asc(organizations.id)]
        : [asc(organizations.name), asc(organizations.id)];

  // One query for the page, its total (a window count) and the sectors: each query on the embedded
  // database is a round trip through WebAssembly (docs/decisions.md, "Speed of the request path").
  const rows = await db
    .select({ ...summaryColumns, sectors: sectorsJson, total: sql<number>`(count(*) over ())::int` })
    .from(organizations)
    .where(where)
    .orderBy(...order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const items = rows.map(({ total: _total, ...item }) => item);
  if (rows[0]) return { items, total: rows[0].total };
  // A page past the end has no row to carry the total: count on its own.
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(organizations).where(where);
  return { items, total: count?.n ?? 0 };
}

/**
 * For other modules (the zone seed, reports): every organization matching a filter, by name.
 * Not paginated — callers filter by kind, so the result stays small.
 */
export async function listOrganizations(
  db: Db,
  filter: OrganizationFilter = {},
): Promise<OrganizationSummary[]> {
  const conditions = conditionsOf(filter);
  if (filter.q) conditions.push(textMatch(filter.q).where);
  const rows = await db
    .select(summaryColumns)
    .from(organizations)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(organizations.name), asc(organizations.id));
  return toSummaries(db, rows);
}
