import type {
  PeopleQuery,
  PersonDetail,
  PersonSummary,
  ProfilePublicField,
} from '@inohub/contracts/directory';
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import { organizationMembers, organizations, profiles } from '../directory.tables.ts';
import { users } from '../identity-read.tables.ts';

type ProfileRow = typeof profiles.$inferSelect & { name: string };

const shows = (p: ProfileRow, field: ProfilePublicField) => p.publicFields.includes(field);

/** Presenter: the name, plus only the fields the person agreed to publish (152-FZ consent per field). */
function toSummary(p: ProfileRow): PersonSummary {
  const out: PersonSummary = { userId: p.userId, name: p.name };
  if (shows(p, 'headline')) out.headline = p.headline;
  if (shows(p, 'city')) out.city = p.city;
  if (shows(p, 'skills')) out.skills = p.skills;
  return out;
}

const visible = and(eq(profiles.isPublic, true), isNull(users.disabledAt)) as SQL;

/** Public people. A query only ever matches fields the person made public, so search cannot leak the rest. */
export async function searchPeople(
  db: Db,
  query: PeopleQuery,
): Promise<{ items: PersonSummary[]; total: number }> {
  const conditions: SQL[] = [visible];
  if (query.q) {
    const like = `%${query.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(sql`(${users.name} ilike ${like} or word_similarity(${query.q}, ${users.name}) >= 0.5
      or ('headline' = any(${profiles.publicFields}) and ${profiles.headline} ilike ${like})
      or ('skills' = any(${profiles.publicFields}) and exists (select 1 from unnest(${profiles.skills}) s where s ilike ${like})))`);
  }
  if (query.skill) {
    conditions.push(
      sql`'skills' = any(${profiles.publicFields}) and exists (select 1 from unnest(${profiles.skills}) s where lower(s) = lower(${query.skill}))`,
    );
  }
  const where = and(...conditions);
  const rows = await db
    .select({ ...profileColumns, name: users.name })
    .from(profiles)
    .innerJoin(users, eq(users.id, profiles.userId))
    .where(where)
    .orderBy(asc(users.name), asc(profiles.userId))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(profiles)
    .innerJoin(users, eq(users.id, profiles.userId))
    .where(where);
  return { items: rows.map(toSummary), total: count?.n ?? 0 };
}

const profileColumns = {
  userId: profiles.userId,
  headline: profiles.headline,
  bio: profiles.bio,
  city: profiles.city,
  skills: profiles.skills,
  links: profiles.links,
  isPublic: profiles.isPublic,
  publicFields: profiles.publicFields,
  createdAt: profiles.createdAt,
  updatedAt: profiles.updatedAt,
};

/** One public person; a private or unknown one is the same 404, so nobody learns who has an account. */
export async function getPerson(db: Db, userId: string): Promise<PersonDetail> {
  const [p] = await db
    .select({ ...profileColumns, name: users.name })
    .from(profiles)
    .innerJoin(users, eq(users.id, profiles.userId))
    .where(and(visible, eq(profiles.userId, userId)));
  if (!p) throw notFound('person', 'directory.person_not_found');
  const out: PersonDetail = toSummary(p);
  if (shows(p, 'bio')) out.bio = p.bio;
  if (shows(p, 'links')) out.links = p.links;
  if (shows(p, 'organizations')) {
    out.organizations = await db
      .select({
        organizationId: organizations.id,
        organizationName: organizations.name,
        role: organizationMembers.role,
      })
      .from(organizationMembers)
      .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
      .where(eq(organizationMembers.userId, userId))
      .orderBy(asc(organizations.name));
  }
  return out;
}
