import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { talentImports, talentOutcomes, talentProfiles, talentSkills } from '../talent.tables.ts';
import { users } from './identity-read.tables.ts';

// Queries of the imports feature. Lookups take whole lists (`= any`) so that a 10,000-row file
// costs a handful of queries, not one per row.

/**
 * A list as one JSON parameter (`in (select …)`): drizzle would spread an array into one parameter
 * per element, and 10,000 parameters make a slow statement on both drivers.
 */
const listOf = (values: readonly string[], type: 'text' | 'uuid' = 'text'): SQL =>
  sql`(select (jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))::${sql.raw(type)})`;

export type ImportRow = typeof talentImports.$inferSelect;

export async function allSkills(db: Db) {
  return db
    .select({ code: talentSkills.code, nameRu: talentSkills.nameRu, nameEn: talentSkills.nameEn })
    .from(talentSkills);
}

export interface ExistingProfile {
  id: string;
  userId: string | null;
  universityId: string | null;
  studentNumber: string | null;
  email: string | null;
}

const existingColumns = {
  id: talentProfiles.id,
  userId: talentProfiles.userId,
  universityId: talentProfiles.universityId,
  studentNumber: talentProfiles.studentNumber,
  email: talentProfiles.email,
};

export async function profilesByStudentNumbers(
  db: Db,
  universityId: string,
  numbers: string[],
): Promise<Map<string, ExistingProfile>> {
  if (numbers.length === 0) return new Map();
  const rows = await db
    .select(existingColumns)
    .from(talentProfiles)
    .where(
      and(
        eq(talentProfiles.universityId, universityId),
        sql`${talentProfiles.studentNumber} in ${listOf(numbers)}`,
      ),
    );
  return new Map(rows.map((r) => [r.studentNumber as string, r]));
}

export async function profilesByEmails(db: Db, emails: string[]): Promise<Map<string, ExistingProfile>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .select(existingColumns)
    .from(talentProfiles)
    .where(sql`${talentProfiles.email} in ${listOf(emails)}`);
  return new Map(rows.map((r) => [r.email as string, r]));
}

export async function profilesByUsers(db: Db, userIds: string[]): Promise<Map<string, ExistingProfile>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select(existingColumns)
    .from(talentProfiles)
    .where(sql`${talentProfiles.userId} in ${listOf(userIds)}`);
  return new Map(rows.map((r) => [r.userId as string, r]));
}

/** Accounts by lower-cased address (identity stores addresses lower-cased). */
export async function usersByEmails(db: Db, emails: string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(sql`${users.email} in ${listOf(emails)}`);
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}

/** Outcome records an earlier import wrote for these profiles, by (profile, date, status). */
export async function importedOutcomes(db: Db, profileIds: string[]): Promise<Map<string, string>> {
  if (profileIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: talentOutcomes.id,
      profileId: talentOutcomes.profileId,
      observedOn: talentOutcomes.observedOn,
      status: talentOutcomes.status,
    })
    .from(talentOutcomes)
    .where(
      and(
        eq(talentOutcomes.source, 'university_import'),
        sql`${talentOutcomes.profileId} in ${listOf(profileIds, 'uuid')}`,
      ),
    );
  return new Map(rows.map((r) => [outcomeKey(r.profileId, r.observedOn, r.status), r.id]));
}

export const outcomeKey = (profileId: string, observedOn: string, status: string) =>
  `${profileId}|${observedOn}|${status}`;

/**
 * Serialises imports of one university: two career-office users sending files at once would
 * otherwise both see a student as new and race on the insert.
 */
export async function lockUniversityImports(db: Db, universityId: string): Promise<void> {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`talent_import:${universityId}`}, 0))`,
  );
}

export interface ProfileWrite {
  id?: string;
  student_number: string;
  full_name: string;
  email: string | null;
  faculty: string | null;
  program: string | null;
  program_code: string | null;
  degree: string | null;
  study_start_year: number | null;
  graduation_year: number;
  status: string;
  city: string | null;
  skills: string[];
  user_id: string | null;
}

const profileRecordset = sql.raw(
  `r(id uuid, student_number text, full_name text, email text, faculty text, program text, program_code text,
     degree text, study_start_year int, graduation_year int, status text, city text, skills text[], user_id text)`,
);

/**
 * New profiles, many rows in one statement (the rows travel as one JSON parameter, so a chunk has
 * no parameter-count limit). Created hidden, as imported: the person decides visibility
 * (docs/domain/talent.md, "Imports"). `on conflict` turns a concurrent creation into an update.
 */
export async function insertProfiles(db: Db, universityId: string, rows: ProfileWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into talent_profiles (university_id, student_number, full_name, email, faculty, program, program_code,
      degree, study_start_year, graduation_year, status, city, skills, user_id, source, visibility)
    select ${universityId}::uuid, r.student_number, r.full_name, r.email, r.faculty, r.program, r.program_code,
      r.degree, r.study_start_year, r.graduation_year, r.status, r.city, coalesce(r.skills, '{}'), r.user_id,
      'import', 'hidden'
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as ${profileRecordset}
    on conflict (university_id, student_number) where student_number is not null do update set
      faculty = coalesce(excluded.faculty, talent_profiles.faculty),
      program = coalesce(excluded.program, talent_profiles.program),
      program_code = coalesce(excluded.program_code, talent_profiles.program_code),
      degree = coalesce(excluded.degree, talent_profiles.degree),
      study_start_year = coalesce(excluded.study_start_year, talent_profiles.study_start_year),
      graduation_year = excluded.graduation_year,
      status = excluded.status,
      updated_at = now()`);
}

/**
 * Existing profiles, by id: the university's study fields are replaced (a blank cell keeps what is
 * there), name and address only while no account has claimed the profile, and the person's own
 * fields (headline, about, skills, city, visibility) are never touched (docs/domain/talent.md, "Imports").
 */
export async function updateProfiles(db: Db, universityId: string, rows: ProfileWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update talent_profiles p set
      university_id = ${universityId}::uuid,
      student_number = r.student_number,
      faculty = coalesce(r.faculty, p.faculty),
      program = coalesce(r.program, p.program),
      program_code = coalesce(r.program_code, p.program_code),
      degree = coalesce(r.degree, p.degree),
      study_start_year = coalesce(r.study_start_year, p.study_start_year),
      graduation_year = r.graduation_year,
      status = r.status,
      full_name = case when p.user_id is null then r.full_name else p.full_name end,
      email = case when p.user_id is null then coalesce(r.email, p.email) else p.email end,
      user_id = coalesce(p.user_id, r.user_id),
      updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as ${profileRecordset}
    where p.id = r.id`);
}

export interface OutcomeWrite {
  id?: string;
  profile_id: string;
  status: string;
  observed_on: string;
  employer_name: string | null;
  employer_organization_id: string | null;
  city: string | null;
  region_code: string | null;
  country: string;
  geo_bucket: string | null;
  occupation: string | null;
  in_profile: boolean | null;
}

const outcomeRecordset = sql.raw(
  `r(id uuid, profile_id uuid, status text, observed_on date, employer_name text, employer_organization_id uuid, city text, region_code text,
     country text, geo_bucket text, occupation text, in_profile boolean)`,
);

export async function insertOutcomes(db: Db, recordedBy: string | null, rows: OutcomeWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into talent_outcomes (profile_id, status, observed_on, employer_name, employer_organization_id, city,
      region_code, country, geo_bucket, occupation, in_profile, source, recorded_by)
    select r.profile_id, r.status, r.observed_on, r.employer_name, r.employer_organization_id, r.city, r.region_code, r.country,
      r.geo_bucket, r.occupation, r.in_profile, 'university_import', ${recordedBy}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as ${outcomeRecordset}`);
}

export async function updateOutcomes(db: Db, recordedBy: string | null, rows: OutcomeWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update talent_outcomes o set
      employer_name = r.employer_name, employer_organization_id = r.employer_organization_id, city = r.city, region_code = r.region_code, country = r.country,
      geo_bucket = r.geo_bucket, occupation = r.occupation, in_profile = r.in_profile,
      recorded_by = ${recordedBy}, updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as ${outcomeRecordset}
    where o.id = r.id`);
}

export async function insertImport(db: Db, values: typeof talentImports.$inferInsert): Promise<ImportRow> {
  const [row] = await db.insert(talentImports).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function importById(db: Db, id: string): Promise<ImportRow | undefined> {
  const [row] = await db.select().from(talentImports).where(eq(talentImports.id, id));
  return row;
}

export async function importsOfUniversity(db: Db, universityId: string): Promise<ImportRow[]> {
  return db
    .select()
    .from(talentImports)
    .where(eq(talentImports.universityId, universityId))
    .orderBy(desc(talentImports.createdAt), desc(talentImports.id))
    .limit(200);
}

/** Every profile of a university, for the export, in student-number order. */
export async function profilesOfUniversity(db: Db, universityId: string) {
  return db
    .select()
    .from(talentProfiles)
    .where(eq(talentProfiles.universityId, universityId))
    .orderBy(sql`${talentProfiles.studentNumber} nulls last`, talentProfiles.fullName, talentProfiles.id);
}
