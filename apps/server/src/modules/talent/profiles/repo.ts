import type { ProfileBody } from '@inohub/contracts/talent/profiles';
import { and, count, desc, eq, getTableColumns, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { talentProfiles } from '../talent.tables.ts';

// Queries of the profiles feature.

const { searchVector: _searchVector, ...columns } = getTableColumns(talentProfiles);
export type ProfileRow = Omit<typeof talentProfiles.$inferSelect, 'searchVector'>;

export async function profileById(db: Db, id: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select(columns).from(talentProfiles).where(eq(talentProfiles.id, id));
  return row;
}

export async function profileOfUser(db: Db, userId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select(columns).from(talentProfiles).where(eq(talentProfiles.userId, userId));
  return row;
}

/** A profile with this address, whoever holds it (the address is unique among profiles). */
export async function profileByEmail(db: Db, email: string): Promise<ProfileRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(talentProfiles)
    .where(eq(talentProfiles.email, email.toLowerCase()));
  return row;
}

/** Gives an unclaimed profile to an account; answers nothing when someone claimed it first. */
export async function claimProfile(db: Db, id: string, userId: string): Promise<ProfileRow | undefined> {
  const [row] = await db
    .update(talentProfiles)
    .set({ userId, updatedAt: new Date() })
    .where(and(eq(talentProfiles.id, id), isNull(talentProfiles.userId)))
    .returning(columns);
  return row;
}

type Writable = Omit<ProfileBody, never>;

export async function insertProfile(
  db: Db,
  values: Writable & { userId: string; email: string | null },
): Promise<ProfileRow> {
  const [row] = await db
    .insert(talentProfiles)
    .values({ ...values, source: 'self' })
    .returning(columns);
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateProfile(
  db: Db,
  id: string,
  values: Partial<Writable> & { cvFileId?: string | null; cvFileName?: string | null },
): Promise<ProfileRow> {
  const [row] = await db
    .update(talentProfiles)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(talentProfiles.id, id))
    .returning(columns);
  if (!row) throw new Error('update returned nothing');
  return row;
}

export interface ProfileFilter {
  q?: string | undefined;
  universityId?: string | undefined;
  skill?: string | undefined;
  graduationYear?: number | undefined;
  status?: 'student' | 'graduate' | undefined;
}

/**
 * Who may find what, as SQL (docs/domain/talent.md, "Visibility"): the visibilities the viewer may
 * find anywhere, every profile of the universities whose career office they are, and their own.
 */
export function findableBy(scope: {
  visibilities: readonly string[];
  universities: readonly string[];
  userId: string | null;
}): SQL {
  const parts: SQL[] = [inArray(talentProfiles.visibility, [...scope.visibilities] as never)];
  if (scope.universities.length > 0)
    parts.push(inArray(talentProfiles.universityId, [...scope.universities]));
  if (scope.userId) parts.push(eq(talentProfiles.userId, scope.userId));
  return or(...parts) as SQL;
}

/** Both languages' stemmed search, as the profile's search vector is built. */
const tsQuery = (q: string) =>
  sql`(websearch_to_tsquery('russian', ${q}) || websearch_to_tsquery('english', ${q}))`;

export async function listProfiles(
  db: Db,
  scope: SQL,
  filter: ProfileFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: ProfileRow[]; total: number }> {
  const conditions: SQL[] = [scope];
  const q = filter.q?.trim();
  if (q) {
    const like = `%${q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(
      or(
        sql`${talentProfiles.searchVector} @@ ${tsQuery(q)}`,
        sql`${talentProfiles.fullName} ilike ${like}`,
      ) as SQL,
    );
  }
  if (filter.universityId) conditions.push(eq(talentProfiles.universityId, filter.universityId));
  if (filter.skill) conditions.push(sql`${talentProfiles.skills} @> array[${filter.skill}]::text[]`);
  if (filter.graduationYear) conditions.push(eq(talentProfiles.graduationYear, filter.graduationYear));
  if (filter.status) conditions.push(eq(talentProfiles.status, filter.status));
  const where = and(...conditions);
  const order = q
    ? [desc(sql`ts_rank(${talentProfiles.searchVector}, ${tsQuery(q)})`), desc(talentProfiles.updatedAt)]
    : [desc(talentProfiles.updatedAt)];
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(talentProfiles)
      .where(where)
      .orderBy(...order, talentProfiles.id)
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(talentProfiles).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
