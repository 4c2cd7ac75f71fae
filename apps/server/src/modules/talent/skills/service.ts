import type { SkillView } from '@inohub/contracts/talent/skills';
import { asc, desc, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, type FieldError } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { talentSkills } from '../talent.tables.ts';
import { customSkillCode } from './transliterate.ts';

// The skills taxonomy (docs/domain/talent.md, "Skills").

const view = {
  code: talentSkills.code,
  nameRu: talentSkills.nameRu,
  nameEn: talentSkills.nameEn,
  category: talentSkills.category,
  isCustom: talentSkills.isCustom,
};

/** Both names as one string: the expression the trigram index is built on. */
const bothNames = sql`(${talentSkills.nameRu} || ' ' || ${talentSkills.nameEn})`;

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

/**
 * The taxonomy, or the skills whose Russian or English name contains the query or is like it
 * (trigram similarity, so that `pyton` still finds Python). Names that contain the query come
 * first, then the closest by similarity.
 */
export async function searchSkills(db: Db, q: string | undefined, limit: number): Promise<SkillView[]> {
  const query = q?.trim();
  if (!query) {
    return db
      .select(view)
      .from(talentSkills)
      .orderBy(asc(talentSkills.category), asc(talentSkills.nameRu))
      .limit(limit);
  }
  const contains = sql`${bothNames} ilike ${`%${escapeLike(query)}%`}`;
  return db
    .select(view)
    .from(talentSkills)
    .where(or(contains, sql`${bothNames} % ${query}`))
    .orderBy(desc(contains), desc(sql`similarity(${bothNames}, ${query})`), asc(talentSkills.nameRu))
    .limit(limit);
}

/** The skills of these codes, in the order given; unknown codes are left out. */
export async function skillsByCodes(db: Db, codes: readonly string[]): Promise<SkillView[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .select(view)
    .from(talentSkills)
    .where(inArray(talentSkills.code, [...codes]));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.flatMap((c) => byCode.get(c) ?? []);
}

/** Every skill of these codes at once, for building many views (lists, recommendations). */
export async function skillMap(db: Db, codes: Iterable<string>): Promise<Map<string, SkillView>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await db.select(view).from(talentSkills).where(inArray(talentSkills.code, unique));
  return new Map(rows.map((r) => [r.code, r]));
}

/**
 * Refuses codes that are not in the taxonomy, naming each one's place in the body
 * (`body.skills.3`), so that a profile or a posting never carries a skill nobody can read.
 * `field` is the body's array (`skills`, `requiredSkills` …).
 */
export async function assertSkillCodes(db: Db, codes: readonly string[], field = 'skills'): Promise<void> {
  if (codes.length === 0) return;
  const known = await skillMap(db, codes);
  const errors: FieldError[] = codes.flatMap((code, i) =>
    known.has(code)
      ? []
      : [{ field: `body.${field}.${i}`, message: `unknown skill "${code}"`, code: 'talent.unknown_skill' }],
  );
  if (errors.length > 0) {
    throw new AppError('invalid', 'talent.unknown_skill', 'A skill is not in the taxonomy', errors);
  }
}

/** The skill with one of these names in either language, case-insensitively. */
async function skillNamed(db: Db, names: readonly string[]): Promise<SkillView | undefined> {
  const lowered = names.map((n) => n.toLowerCase());
  const list = sql.join(
    lowered.map((n) => sql`${n}`),
    sql`, `,
  );
  const [row] = await db
    .select(view)
    .from(talentSkills)
    .where(
      or(sql`lower(${talentSkills.nameRu}) in (${list})`, sql`lower(${talentSkills.nameEn}) in (${list})`),
    )
    .orderBy(asc(talentSkills.isCustom), asc(talentSkills.code))
    .limit(1);
  return row;
}

/**
 * A free addition (docs/domain/talent.md, "Skills"): when a skill of that name already exists in
 * either language, that one is the answer (`created: false`), so the taxonomy does not fill with
 * spellings of Python. Otherwise a new custom skill, coded from the transliterated name.
 * Concurrent additions of the same name meet at the unique name indexes: the loser reads the winner.
 */
export async function addSkill(
  db: Db,
  audit: AuditContext,
  input: { nameRu?: string | undefined; nameEn?: string | undefined },
): Promise<{ skill: SkillView; created: boolean }> {
  const nameRu = (input.nameRu ?? input.nameEn ?? '').trim();
  const nameEn = (input.nameEn ?? input.nameRu ?? '').trim();
  const names = [...new Set([nameRu, nameEn])];
  const existing = await skillNamed(db, names);
  if (existing) return { skill: existing, created: false };
  const base = customSkillCode(input.nameEn ?? nameRu);
  for (let n = 1; n <= 50; n++) {
    const code = n === 1 ? base : `${base}-${n}`;
    const [row] = await db
      .insert(talentSkills)
      .values({ code, nameRu, nameEn, category: 'other', isCustom: true, addedBy: audit.actorId })
      .onConflictDoNothing()
      .returning(view);
    if (row) {
      await recordAudit(db, audit, {
        action: 'talent.skill_added',
        objectType: 'talent_skill',
        objectId: row.code,
        details: { nameRu, nameEn },
      });
      return { skill: row, created: true };
    }
    // Nothing inserted: either the name arrived meanwhile, or another skill has this code.
    const arrived = await skillNamed(db, names);
    if (arrived) return { skill: arrived, created: false };
  }
  throw new AppError('conflict', 'talent.skill_code_exhausted', 'Could not find a free code for this skill');
}
