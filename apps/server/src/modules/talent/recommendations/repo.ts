import type { Degree, Visibility } from '@inohub/contracts/talent/enums';

// The SQL of recommendations (docs/domain/talent.md, "Recommendations"). Raw SQL on purpose: the
// candidate generators must use the GIN indexes exactly so (`@>`, `<@`, `&&`, `@@`), each with its own
// LIMIT, so that no query reads more than a bounded number of rows whatever the table size.

/** Plain rows from parameterised SQL; `ctx.database.query` on both drivers (and the bench's handle). */
export type Query = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/**
 * OR of the lexemes of a text in both configurations, as tsquery text (NULL when it has none):
 * `'стажер' | 'разработчик' | 'develop'`. Quotes and backslashes are left out so the literal
 * always parses; `weight` restricts the match to the other side's title-like (A) fields.
 */
const orQueryOf = (doc: string, weight = '') => `(select string_agg(quote_literal(l) || '${weight}', ' | ')
   from unnest(tsvector_to_array(${doc})) l where l !~ '[''\\\\]')`;

const profileTitleDoc = (p: string) =>
  `to_tsvector('russian', coalesce(${p}.headline, '') || ' ' || coalesce(${p}.program, '')) || to_tsvector('english', coalesce(${p}.headline, '') || ' ' || coalesce(${p}.program, ''))`;
const postingTitleDoc = (o: string) =>
  `to_tsvector('russian', coalesce(${o}.title_ru, '')) || to_tsvector('english', coalesce(${o}.title_en, ''))`;

/** How many rows each generator may contribute; the union is what gets scored. */
export const GENERATOR_LIMITS = { exact: 120, partial: 120, overlap: 120, text: 80 } as const;

// ── the source rows

export interface ProfileFacts {
  id: string;
  userId: string | null;
  universityId: string | null;
  skills: string[];
  city: string | null;
  prefersRegion: boolean;
  openToRelocation: boolean;
  openToRemote: boolean;
  status: 'student' | 'graduate';
  visibility: Visibility;
  /** OR of the headline's and programme's lexemes restricted to the other side's titles (`:A`), null without words. */
  query: string | null;
  /** The same without the restriction, to rank the other side's whole vector. */
  rankQuery: string | null;
  /** OR of every lexeme of the profile (headline, programme, about), to rank the other side's title. */
  allQuery: string | null;
}

const profileFactsColumns = `p.id, p.user_id as "userId", p.university_id as "universityId", p.skills, p.city,
  p.prefers_region as "prefersRegion", p.open_to_relocation as "openToRelocation",
  p.open_to_remote as "openToRemote", p.status, p.visibility,
  ${orQueryOf(profileTitleDoc('p'), ':A')} as query, ${orQueryOf(profileTitleDoc('p'))} as "rankQuery",
  ${orQueryOf('p.search_vector')} as "allQuery"`;

export async function profileOfUser(q: Query, userId: string): Promise<ProfileFacts | null> {
  const [row] = await q<ProfileFacts>(
    `select ${profileFactsColumns} from talent_profiles p where p.user_id = $1`,
    [userId],
  );
  return row ?? null;
}

export async function profileById(q: Query, id: string): Promise<ProfileFacts | null> {
  const [row] = await q<ProfileFacts>(
    `select ${profileFactsColumns} from talent_profiles p where p.id = $1`,
    [id],
  );
  return row ?? null;
}

export interface PostingFacts {
  id: string;
  organizationId: string;
  kind: 'job' | 'internship';
  requiredSkills: string[];
  niceSkills: string[];
  city: string | null;
  remote: boolean;
  status: string;
  query: string | null;
  rankQuery: string | null;
  allQuery: string | null;
}

const postingFactsColumns = `o.id, o.organization_id as "organizationId", o.kind, o.required_skills as "requiredSkills",
  o.nice_skills as "niceSkills", o.city, o.remote, o.status, ${orQueryOf(postingTitleDoc('o'), ':A')} as query,
  ${orQueryOf(postingTitleDoc('o'))} as "rankQuery", ${orQueryOf('o.search_vector')} as "allQuery"`;

export async function postingById(q: Query, id: string): Promise<PostingFacts | null> {
  const [row] = await q<PostingFacts>(
    `select ${postingFactsColumns} from talent_opportunities o where o.id = $1`,
    [id],
  );
  return row ?? null;
}

// ── candidate generation and scoring, one statement each way

/**
 * Open postings (docs/domain/talent.md, "Opportunities"): published, deadline not passed in Tomsk,
 * employer approved. `$1` is today's date in Tomsk.
 */
const OPEN_POSTING = `o.status = 'published' and o.deadline >= $1::date
  and exists (select 1 from talent_employers e where e.organization_id = o.organization_id and e.status = 'approved')`;

/**
 * One candidate with the facts `fit()` needs from its side and the two text ranks:
 * `ownText` ranks the candidate's whole vector against the source's title words (headline and
 * programme, or the posting's title); `titleText` ranks the candidate's title-like part against all
 * the source's words. Both queries are built once per request, so nothing is parsed per row.
 */
interface ScoredRow {
  id: string;
  ownText: number;
  titleText: number;
}
export interface PostingCandidate extends ScoredRow {
  kind: 'job' | 'internship';
  requiredSkills: string[];
  niceSkills: string[];
  city: string | null;
  remote: boolean;
}
export interface ProfileCandidate extends ScoredRow {
  skills: string[];
  city: string | null;
  prefersRegion: boolean;
  openToRelocation: boolean;
  openToRemote: boolean;
  status: 'student' | 'graduate';
}

const textColumns = (t: string, first: number) =>
  `coalesce(ts_rank(${t}.search_vector, $${first}::tsquery), 0)::float8 as "ownText",
   coalesce(ts_rank(ts_filter(${t}.search_vector, '{a}'), $${first + 1}::tsquery), 0)::float8 as "titleText"`;

/**
 * Open postings worth scoring for a profile, scored: those whose required skills the person all has
 * (`<@`), those sharing some skill (`&&`), those whose title shares a word with the headline or
 * programme (`@@`). Each arm is a GIN index scan stopped by its LIMIT, so at most a few hundred rows
 * are read and ranked whatever the table size.
 */
export const scoredPostings = (q: Query, profile: ProfileFacts, today: string) =>
  q<PostingCandidate>(
    `with cand as (
       (select o.id from talent_opportunities o where ${OPEN_POSTING}
          and o.required_skills <@ $2::text[] and cardinality(o.required_skills) > 0 limit ${GENERATOR_LIMITS.exact})
       union
       (select o.id from talent_opportunities o where ${OPEN_POSTING}
          and o.required_skills && $2::text[] and not (o.required_skills <@ $2::text[]) limit ${GENERATOR_LIMITS.overlap})
       union
       (select o.id from talent_opportunities o where ${OPEN_POSTING}
          and o.search_vector @@ $3::tsquery limit ${GENERATOR_LIMITS.text}))
     select o.id, o.kind, o.required_skills as "requiredSkills", o.nice_skills as "niceSkills", o.city, o.remote,
       ${textColumns('o', 4)}
     from cand join talent_opportunities o on o.id = cand.id`,
    [today, profile.skills, profile.query, profile.rankQuery, profile.allQuery],
  );

/** Which profiles the viewer may be shown: never hidden ones (docs/domain/talent.md, "Recommendations"). */
export interface CandidateScope {
  visibilities: readonly Visibility[];
  /** Universities whose public and recruiters-only profiles the viewer (a career office) may see. */
  ownUniversities: readonly string[];
}

const VISIBLE_PROFILE = `p.visibility <> 'hidden' and (p.visibility = any($1::text[])
  or (p.university_id = any($2::uuid[]) and p.visibility in ('public', 'recruiters')))`;

/** Subsets of `list` one element short of it (the "all but one required skill" tier). */
const allButOne = (list: readonly string[]) => list.map((_, i) => list.filter((__, j) => j !== i));

/**
 * Visible profiles worth scoring for a posting, scored: all required skills (`@>`: the GIN index
 * intersects the skills' posting lists), all but one (for 3 to 12 required), some (`&&`), and the
 * title's words in the headline or programme (`@@`); each arm stopped by its LIMIT.
 */
export function scoredProfiles(q: Query, posting: PostingFacts, scope: CandidateScope) {
  const required = [...new Set(posting.requiredSkills)];
  const skills = required.length > 0 ? required : [...new Set(posting.niceSkills)];
  const subsets = skills.length >= 3 && skills.length <= 12 ? allButOne(skills) : [];
  const first = 7;
  const partial =
    subsets.length === 0
      ? ''
      : `union
       (select p.id from talent_profiles p where ${VISIBLE_PROFILE}
          and (${subsets.map((_, i) => `p.skills @> $${first + i}::text[]`).join(' or ')})
          and not (p.skills @> $3::text[]) limit ${GENERATOR_LIMITS.partial})`;
  return q<ProfileCandidate>(
    `with cand as (
       (select p.id from talent_profiles p where ${VISIBLE_PROFILE}
          and p.skills @> $3::text[] and cardinality($3::text[]) > 0 limit ${GENERATOR_LIMITS.exact})
       ${partial}
       union
       (select p.id from talent_profiles p where ${VISIBLE_PROFILE}
          and p.skills && $3::text[] and not (p.skills @> $3::text[]) limit ${GENERATOR_LIMITS.overlap})
       union
       (select p.id from talent_profiles p where ${VISIBLE_PROFILE}
          and p.search_vector @@ $4::tsquery limit ${GENERATOR_LIMITS.text}))
     select p.id, p.skills, p.city, p.prefers_region as "prefersRegion", p.open_to_relocation as "openToRelocation",
       p.open_to_remote as "openToRemote", p.status, ${textColumns('p', 5)}
     from cand join talent_profiles p on p.id = cand.id`,
    [
      scope.visibilities,
      scope.ownUniversities,
      skills,
      posting.query,
      posting.rankQuery,
      posting.allQuery,
      ...subsets,
    ],
  );
}

/**
 * The words of `text` (in order, each once, at most `max`) that begin with one of the stems: Snowball
 * stems are prefixes of the lower-cased word, with ё read as е. The "text" reason shows these.
 */
export function wordsForStems(text: string, stems: readonly string[], max = 5): string[] {
  const list = stems.filter((s) => s.length >= 2);
  const out: string[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || out.includes(word)) continue;
    const plain = word.replace(/ё/g, 'е');
    if (list.some((s) => plain.startsWith(s.replace(/ё/g, 'е')))) out.push(word);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * Stems of the posting's title found in the profile, and of the profile's headline and programme
 * found in the posting, from the stored vectors; with the texts they came from.
 */
const sharedStems = `array(select unnest(tsvector_to_array(ts_filter(o.search_vector, '{a}')))
       intersect select unnest(tsvector_to_array(p.search_vector))
       union
       select unnest(tsvector_to_array(ts_filter(p.search_vector, '{a}')))
       intersect select unnest(tsvector_to_array(o.search_vector))) as stems,
     concat_ws(' ', o.title_ru, o.title_en, p.headline, p.program) as "stemText"`;

/** The taxonomy entries of a row's skill codes, as a code → entry object. */
const skillsOf = (codes: string) => `(select jsonb_object_agg(s.code, jsonb_build_object('code', s.code,
     'nameRu', s.name_ru, 'nameEn', s.name_en, 'category', s.category, 'isCustom', s.is_custom))
   from talent_skills s where s.code = any(${codes})) as "skillViews"`;

// ── what is shown

export interface PostingRow {
  id: string;
  organizationId: string;
  kind: 'job' | 'internship';
  titleRu: string | null;
  titleEn: string | null;
  requiredSkills: string[];
  city: string | null;
  remote: boolean;
  salaryFrom: number | null;
  salaryTo: number | null;
  deadline: string;
  status: 'draft' | 'published' | 'closed';
  publishedAt: Date | null;
  employerStatus: string | null;
  verifiedAt: Date | null;
  stems: string[];
  stemText: string;
  skillViews: Record<string, SkillRow> | null;
}

/** The postings shown to one profile, with the stems in common and the skills' names. */
export const postingRows = (q: Query, idList: string[], profileId: string) =>
  q<PostingRow>(
    `select o.id, o.organization_id as "organizationId", o.kind, o.title_ru as "titleRu", o.title_en as "titleEn",
       o.required_skills as "requiredSkills", o.city, o.remote, o.salary_from as "salaryFrom", o.salary_to as "salaryTo",
       o.deadline::text as deadline, o.status, o.published_at as "publishedAt",
       e.status as "employerStatus", case when e.status = 'approved' then e.decided_at end as "verifiedAt",
       ${sharedStems}, ${skillsOf('o.required_skills')}
     from talent_opportunities o left join talent_employers e on e.organization_id = o.organization_id
       join talent_profiles p on p.id = $2
     where o.id = any($1::uuid[])`,
    [idList, profileId],
  );

export interface ProfileRow {
  id: string;
  fullName: string;
  universityId: string | null;
  program: string | null;
  degree: Degree | null;
  graduationYear: number | null;
  status: 'student' | 'graduate';
  city: string | null;
  headline: string | null;
  skills: string[];
  visibility: Visibility;
  stems: string[];
  stemText: string;
  skillViews: Record<string, SkillRow> | null;
}

/** The profiles shown for one posting, with the stems in common and the skills' names. */
export const profileRows = (q: Query, idList: string[], postingId: string) =>
  q<ProfileRow>(
    `select p.id, p.full_name as "fullName", p.university_id as "universityId", p.program, p.degree,
       p.graduation_year as "graduationYear", p.status, p.city, p.headline, p.skills, p.visibility,
       ${sharedStems}, ${skillsOf('p.skills')}
     from talent_profiles p join talent_opportunities o on o.id = $2
     where p.id = any($1::uuid[])`,
    [idList, postingId],
  );

export interface SkillRow {
  code: string;
  nameRu: string;
  nameEn: string;
  category: string;
  isCustom: boolean;
}
