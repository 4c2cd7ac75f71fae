import type { OpportunityKind } from '@inohub/contracts/talent/enums';
import { and, arrayContains, desc, eq, gte, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { talentApplications, talentEmployers, talentOpportunities } from '../talent.tables.ts';

export type OpportunityRow = typeof talentOpportunities.$inferSelect;
export type NewOpportunity = typeof talentOpportunities.$inferInsert;

export async function opportunityRow(db: Db, id: string): Promise<OpportunityRow | null> {
  const [row] = await db.select().from(talentOpportunities).where(eq(talentOpportunities.id, id));
  return row ?? null;
}

export async function opportunityRowsByIds(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, OpportunityRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(talentOpportunities)
    .where(inArray(talentOpportunities.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function insertOpportunity(db: Db, values: NewOpportunity): Promise<OpportunityRow> {
  const [row] = await db.insert(talentOpportunities).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateOpportunity(
  db: Db,
  id: string,
  values: Partial<NewOpportunity>,
): Promise<OpportunityRow> {
  const [row] = await db
    .update(talentOpportunities)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(talentOpportunities.id, id))
    .returning();
  if (!row) throw new Error('update returned nothing');
  return row;
}

export async function applicationCount(db: Db, opportunityId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(talentApplications)
    .where(eq(talentApplications.opportunityId, opportunityId));
  return row?.n ?? 0;
}

/**
 * The public list's rule in SQL (docs/domain/talent.md, "Opportunities"): published, the employer
 * approved, the deadline not passed in Tomsk. The deadline test does not wait for the daily job
 * that closes expired postings.
 */
export function openCondition(today: string): SQL {
  return and(
    eq(talentOpportunities.status, 'published'),
    gte(talentOpportunities.deadline, today),
    sql`exists (select 1 from ${talentEmployers} where ${talentEmployers.organizationId} = ${talentOpportunities.organizationId} and ${talentEmployers.status} = 'approved')`,
  ) as SQL;
}

export interface OpportunitySearch {
  q?: string;
  kind?: OpportunityKind;
  skill?: string;
  city?: string;
  remote?: boolean;
  organizationId?: string;
  /** Only these companies' postings, in every status (a recruiter's own); otherwise the open ones. */
  ownCompanies?: readonly string[];
  today: string;
  page: number;
  pageSize: number;
}

export async function searchOpportunities(
  db: Db,
  s: OpportunitySearch,
): Promise<{ rows: OpportunityRow[]; total: number }> {
  const c: SQL[] = [];
  if (s.ownCompanies) {
    if (s.ownCompanies.length === 0) return { rows: [], total: 0 };
    c.push(inArray(talentOpportunities.organizationId, [...s.ownCompanies]));
  } else c.push(openCondition(s.today));
  if (s.organizationId) c.push(eq(talentOpportunities.organizationId, s.organizationId));
  if (s.kind) c.push(eq(talentOpportunities.kind, s.kind));
  if (s.skill) {
    const either = or(
      arrayContains(talentOpportunities.requiredSkills, [s.skill]),
      arrayContains(talentOpportunities.niceSkills, [s.skill]),
    );
    if (either) c.push(either);
  }
  if (s.city) c.push(sql`lower(${talentOpportunities.city}) = lower(${s.city})`);
  if (s.remote !== undefined) c.push(eq(talentOpportunities.remote, s.remote));
  const q = s.q?.trim() ? s.q.trim() : undefined;
  let rank: SQL | null = null;
  if (q) {
    // Both stemmers: a Russian query ("разработчика") matches the Russian title's stems, an
    // English one ("developers") the English title's; the vector holds both.
    const ru = sql`websearch_to_tsquery('russian', ${q})`;
    const en = sql`websearch_to_tsquery('english', ${q})`;
    c.push(
      sql`(${talentOpportunities.searchVector} @@ ${ru} or ${talentOpportunities.searchVector} @@ ${en})`,
    );
    rank = sql`(ts_rank(${talentOpportunities.searchVector}, ${ru}) + ts_rank(${talentOpportunities.searchVector}, ${en}))`;
  }
  const where = and(...c);
  const order = [
    ...(rank ? [desc(rank)] : []),
    sql`${talentOpportunities.publishedAt} desc nulls last`,
    desc(talentOpportunities.createdAt),
    desc(talentOpportunities.id),
  ];
  const [rows, count] = await Promise.all([
    db
      .select()
      .from(talentOpportunities)
      .where(where)
      .orderBy(...order)
      .limit(s.pageSize)
      .offset((s.page - 1) * s.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(talentOpportunities).where(where),
  ]);
  return { rows, total: count[0]?.n ?? 0 };
}

/** Published postings whose deadline passed (Tomsk date) become closed; returns how many. */
export async function closePastDeadline(db: Db, today: string, now: Date): Promise<number> {
  const rows = await db
    .update(talentOpportunities)
    .set({ status: 'closed', closedAt: now, updatedAt: now })
    .where(and(eq(talentOpportunities.status, 'published'), lt(talentOpportunities.deadline, today)))
    .returning({ id: talentOpportunities.id });
  return rows.length;
}
