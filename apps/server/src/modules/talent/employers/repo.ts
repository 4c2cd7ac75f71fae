import type { EmployerStatus } from '@inohub/contracts/talent/enums';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { talentEmployers, talentOpportunities } from '../talent.tables.ts';

export type EmployerRow = typeof talentEmployers.$inferSelect;

export async function employerRow(db: Db, organizationId: string): Promise<EmployerRow | null> {
  const [row] = await db
    .select()
    .from(talentEmployers)
    .where(eq(talentEmployers.organizationId, organizationId));
  return row ?? null;
}

export async function employerRows(db: Db, ids: readonly string[]): Promise<Map<string, EmployerRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(talentEmployers)
    .where(inArray(talentEmployers.organizationId, [...ids]));
  return new Map(rows.map((r) => [r.organizationId, r]));
}

/** Asks (again) for approval: a new request, or a rejected or suspended employer back in the queue. */
export async function markPending(db: Db, organizationId: string, userId: string): Promise<EmployerRow> {
  const now = new Date();
  const [row] = await db
    .insert(talentEmployers)
    .values({ organizationId, status: 'pending', requestedBy: userId, requestedAt: now })
    .onConflictDoUpdate({
      target: talentEmployers.organizationId,
      set: { status: 'pending', requestedBy: userId, requestedAt: now, updatedAt: now },
    })
    .returning();
  if (!row) throw new Error('upsert returned nothing');
  return row;
}

export async function recordDecision(
  db: Db,
  organizationId: string,
  decision: Exclude<EmployerStatus, 'pending'>,
  note: string | null,
  userId: string,
): Promise<EmployerRow> {
  const now = new Date();
  const values = { status: decision, decidedBy: userId, decidedAt: now, decisionNote: note };
  const [row] = await db
    .insert(talentEmployers)
    .values({ organizationId, ...values })
    .onConflictDoUpdate({ target: talentEmployers.organizationId, set: { ...values, updatedAt: now } })
    .returning();
  if (!row) throw new Error('upsert returned nothing');
  return row;
}

/** The review queue: pending first (oldest request first), then the rest by the latest decision. */
export async function employerQueue(
  db: Db,
  q: { status?: EmployerStatus; page: number; pageSize: number },
): Promise<{ rows: EmployerRow[]; total: number }> {
  const where: SQL | undefined = q.status ? eq(talentEmployers.status, q.status) : undefined;
  const [rows, count] = await Promise.all([
    db
      .select()
      .from(talentEmployers)
      .where(where)
      .orderBy(
        sql`case when ${talentEmployers.status} = 'pending' then 0 else 1 end`,
        sql`case when ${talentEmployers.status} = 'pending' then ${talentEmployers.requestedAt} end asc`,
        sql`${talentEmployers.decidedAt} desc nulls last`,
        asc(talentEmployers.organizationId),
      )
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(talentEmployers).where(where),
  ]);
  return { rows, total: count[0]?.n ?? 0 };
}

/** Published postings per company (public, or waiting for the approval). */
export async function publishedCounts(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: talentOpportunities.organizationId, n: sql<number>`count(*)::int` })
    .from(talentOpportunities)
    .where(
      and(inArray(talentOpportunities.organizationId, [...ids]), eq(talentOpportunities.status, 'published')),
    )
    .groupBy(talentOpportunities.organizationId);
  return new Map(rows.map((r) => [r.id, r.n]));
}
