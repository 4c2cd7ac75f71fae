import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { talentOutcomes, talentProfiles, talentSurveyInvitations } from '../talent.tables.ts';

// Queries of the outcomes feature: outcome records and survey invitations.

export type OutcomeRow = typeof talentOutcomes.$inferSelect;
export type OutcomeInsert = typeof talentOutcomes.$inferInsert;

export interface ProfileFacts {
  id: string;
  userId: string | null;
  universityId: string | null;
  visibility: 'public' | 'recruiters' | 'hidden';
  fullName: string;
  graduationYear: number | null;
}

const profileFactsColumns = {
  id: talentProfiles.id,
  userId: talentProfiles.userId,
  universityId: talentProfiles.universityId,
  visibility: talentProfiles.visibility,
  fullName: talentProfiles.fullName,
  graduationYear: talentProfiles.graduationYear,
};

export async function profileFacts(db: Db, profileId: string): Promise<ProfileFacts | null> {
  const [row] = await db
    .select(profileFactsColumns)
    .from(talentProfiles)
    .where(eq(talentProfiles.id, profileId));
  return row ?? null;
}

export async function profileOfUser(db: Db, userId: string): Promise<ProfileFacts | null> {
  const [row] = await db
    .select(profileFactsColumns)
    .from(talentProfiles)
    .where(eq(talentProfiles.userId, userId));
  return row ?? null;
}

export async function outcomesOf(db: Db, profileId: string): Promise<OutcomeRow[]> {
  return db
    .select()
    .from(talentOutcomes)
    .where(eq(talentOutcomes.profileId, profileId))
    .orderBy(desc(talentOutcomes.observedOn), desc(talentOutcomes.createdAt));
}

/** The outcome in force now: the latest observed (the last written among the same date). */
export async function lastOutcomeOf(db: Db, profileId: string): Promise<OutcomeRow | null> {
  const [row] = await outcomesOf(db, profileId);
  return row ?? null;
}

export async function outcomeById(db: Db, outcomeId: string): Promise<OutcomeRow | null> {
  const [row] = await db.select().from(talentOutcomes).where(eq(talentOutcomes.id, outcomeId));
  return row ?? null;
}

export async function insertOutcome(db: Db, values: OutcomeInsert): Promise<OutcomeRow> {
  const [row] = await db.insert(talentOutcomes).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function deleteOutcome(db: Db, outcomeId: string): Promise<void> {
  await db.delete(talentOutcomes).where(eq(talentOutcomes.id, outcomeId));
}

// ── survey

/**
 * Graduates to invite in `surveyYear`: graduated in the last five years (the survey year included:
 * July's graduates are asked in October), with an address to write to
 * (docs/domain/talent.md, "Survey"). Their language is their account's, Russian without one.
 */
export async function surveyRecipients(db: Db, surveyYear: number, universityId: string | null) {
  return db
    .select({
      profileId: talentProfiles.id,
      email: talentProfiles.email,
      fullName: talentProfiles.fullName,
      universityId: talentProfiles.universityId,
      // The account's language (identity's users table, read in SQL: no import across modules).
      locale: sql<string | null>`(select u.locale from users u where u.id = ${talentProfiles.userId})`,
    })
    .from(talentProfiles)
    .where(
      and(
        eq(talentProfiles.status, 'graduate'),
        sql`${talentProfiles.graduationYear} between ${surveyYear - 5} and ${surveyYear}`,
        sql`${talentProfiles.email} is not null`,
        universityId ? eq(talentProfiles.universityId, universityId) : undefined,
      ),
    );
}

/** Inserts the invitation unless the profile has one for the year; null when it had (idempotence). */
export async function claimInvitation(
  db: Db,
  values: { profileId: string; surveyYear: number; tokenHash: string; expiresAt: Date },
): Promise<string | null> {
  const rows = await db
    .insert(talentSurveyInvitations)
    .values(values)
    .onConflictDoNothing({ target: [talentSurveyInvitations.profileId, talentSurveyInvitations.surveyYear] })
    .returning({ id: talentSurveyInvitations.id });
  return rows[0]?.id ?? null;
}

export async function invitationByHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select()
    .from(talentSurveyInvitations)
    .where(eq(talentSurveyInvitations.tokenHash, tokenHash));
  return row ?? null;
}

/** Marks the invitation answered; false when someone answered first (the row was already marked). */
export async function markAnswered(db: Db, invitationId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(talentSurveyInvitations)
    .set({ respondedAt: now, updatedAt: now })
    .where(
      and(eq(talentSurveyInvitations.id, invitationId), sql`${talentSurveyInvitations.respondedAt} is null`),
    )
    .returning({ id: talentSurveyInvitations.id });
  return rows.length === 1;
}

export async function linkAnswer(db: Db, invitationId: string, outcomeId: string): Promise<void> {
  await db
    .update(talentSurveyInvitations)
    .set({ outcomeId })
    .where(eq(talentSurveyInvitations.id, invitationId));
}
