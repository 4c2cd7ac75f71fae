import type { ApplicationStage } from '@inohub/contracts/talent/enums';
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { talentApplicationEvents, talentApplications, talentProfiles } from '../talent.tables.ts';

export type ApplicationRow = typeof talentApplications.$inferSelect;
export type ProfileRow = typeof talentProfiles.$inferSelect;
export type EventRow = typeof talentApplicationEvents.$inferSelect;

export async function applicationRow(db: Db, id: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(talentApplications).where(eq(talentApplications.id, id));
  return row ?? null;
}

export async function profileByUser(db: Db, userId: string): Promise<ProfileRow | null> {
  const [row] = await db.select().from(talentProfiles).where(eq(talentProfiles.userId, userId));
  return row ?? null;
}

export async function profilesByIds(db: Db, ids: readonly string[]): Promise<Map<string, ProfileRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(talentProfiles)
    .where(inArray(talentProfiles.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Inserts the application, or returns null when this profile has applied to this posting already. */
export async function insertApplication(
  db: Db,
  values: typeof talentApplications.$inferInsert,
): Promise<ApplicationRow | null> {
  const [row] = await db.insert(talentApplications).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function setStage(
  db: Db,
  id: string,
  stage: ApplicationStage,
  at: Date,
): Promise<ApplicationRow> {
  const [row] = await db
    .update(talentApplications)
    .set({ stage, stageChangedAt: at, updatedAt: at })
    .where(eq(talentApplications.id, id))
    .returning();
  if (!row) throw new Error('update returned nothing');
  return row;
}

export async function insertEvent(
  db: Db,
  values: typeof talentApplicationEvents.$inferInsert,
): Promise<void> {
  await db.insert(talentApplicationEvents).values(values);
}

export async function eventsOf(db: Db, applicationId: string): Promise<EventRow[]> {
  return db
    .select()
    .from(talentApplicationEvents)
    .where(eq(talentApplicationEvents.applicationId, applicationId))
    .orderBy(asc(talentApplicationEvents.createdAt), asc(talentApplicationEvents.id));
}

export async function applicationsOfProfile(
  db: Db,
  profileId: string,
  page: number,
  pageSize: number,
): Promise<{ rows: ApplicationRow[]; total: number }> {
  const where = eq(talentApplications.profileId, profileId);
  const [rows, count] = await Promise.all([
    db
      .select()
      .from(talentApplications)
      .where(where)
      .orderBy(desc(talentApplications.createdAt), desc(talentApplications.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(talentApplications).where(where),
  ]);
  return { rows, total: count[0]?.n ?? 0 };
}

export async function applicationsOfOpportunity(db: Db, opportunityId: string): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(talentApplications)
    .where(eq(talentApplications.opportunityId, opportunityId))
    .orderBy(desc(talentApplications.stageChangedAt), desc(talentApplications.id));
}
