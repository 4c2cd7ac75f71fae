import {
  APPLICATION_STAGES,
  type ApplicationStage,
  DEGREES,
  type Degree,
  EMPLOYER_STATUSES,
  type EmployerStatus,
  GEO_BUCKETS,
  type GeoBucket,
  type LanguageLevel,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  type OpportunityKind,
  type OpportunityStatus,
  OUTCOME_SOURCES,
  OUTCOME_STATUSES,
  type OutcomeSource,
  type OutcomeStatus,
  PROFILE_SOURCES,
  type ProfileSource,
  STUDENT_STATUSES,
  type StudentStatus,
  VISIBILITIES,
  type Visibility,
} from '@inohub/contracts/talent/enums';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { storedFiles } from '../../lib/files/files.tables.ts';
import { organizations } from '../directory/directory.tables.ts';
import { users } from '../identity/identity.tables.ts';

// The talent module's tables. The rules they encode are in docs/domain/talent.md.

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

/**
 * The skills taxonomy, bilingual. Curated entries come with the platform; a person or recruiter
 * may add a skill the list lacks (`isCustom`), which then serves everyone.
 */
export const talentSkills = pgTable(
  'talent_skills',
  {
    code: text('code').primaryKey(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    /** Group for the picker: programming, data, engineering, science, business, design, language. */
    category: text('category').notNull(),
    isCustom: boolean('is_custom').notNull().default(false),
    addedBy: text('added_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('talent_skills_name_trgm').using('gin', sql`(${t.nameRu} || ' ' || ${t.nameEn}) gin_trgm_ops`),
    // One skill per name in each language, whatever the case: a free addition that names an
    // existing skill answers that skill (docs/domain/talent.md, "Skills").
    uniqueIndex('talent_skills_name_ru_unique').on(sql`lower(${t.nameRu})`),
    uniqueIndex('talent_skills_name_en_unique').on(sql`lower(${t.nameEn})`),
  ],
);

/**
 * A student's or graduate's profile. One per person: it points to the person's account when they
 * have one (`userId`), and a profile a career office imported is claimed by the account with the
 * same verified address, so the student who later founds a startup stays one record.
 * Skills are codes of `talent_skills`, kept on the row (GIN-indexed) so that recommendations read
 * one table.
 */
export const talentProfiles = pgTable(
  'talent_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Lower-cased; how an import recognizes the person and how an account claims the profile. */
    email: text('email'),
    fullName: text('full_name').notNull(),
    universityId: uuid('university_id').references(() => organizations.id, { onDelete: 'set null' }),
    /** The university's own student number (зачётная книжка), unique per university: the re-import key. */
    studentNumber: text('student_number'),
    faculty: text('faculty'),
    program: text('program'),
    /** Code of the programme in the Russian classifier (ОКСО), e.g. 09.03.01. */
    programCode: text('program_code'),
    degree: text('degree').$type<Degree>(),
    studyStartYear: integer('study_start_year'),
    /** Expected (students) or actual (graduates) year of graduation: the cohort. */
    graduationYear: integer('graduation_year'),
    status: text('status').$type<StudentStatus>().notNull().default('student'),
    city: text('city'),
    headline: text('headline'),
    about: text('about'),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    languages: jsonb('languages')
      .$type<Array<{ code: string; level: LanguageLevel }>>()
      .notNull()
      .default([]),
    links: jsonb('links').$type<Array<{ label: string; url: string }>>().notNull().default([]),
    prefersRegion: boolean('prefers_region').notNull().default(false),
    openToRelocation: boolean('open_to_relocation').notNull().default(false),
    openToRemote: boolean('open_to_remote').notNull().default(false),
    visibility: text('visibility').$type<Visibility>().notNull().default('hidden'),
    cvFileId: uuid('cv_file_id').references(() => storedFiles.id, { onDelete: 'set null' }),
    cvFileName: text('cv_file_name'),
    source: text('source').$type<ProfileSource>().notNull().default('self'),
    isDemo: boolean('is_demo').notNull().default(false),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('russian', coalesce(headline, '') || ' ' || coalesce(program, '')), 'A') || setweight(to_tsvector('english', coalesce(headline, '') || ' ' || coalesce(program, '')), 'A') || setweight(to_tsvector('russian', coalesce(about, '') || ' ' || coalesce(faculty, '')), 'B') || setweight(to_tsvector('english', coalesce(about, '')), 'B')`,
    ),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('talent_profiles_user_unique').on(t.userId).where(sql`${t.userId} is not null`),
    uniqueIndex('talent_profiles_email_unique').on(t.email).where(sql`${t.email} is not null`),
    uniqueIndex('talent_profiles_student_number_unique')
      .on(t.universityId, t.studentNumber)
      .where(sql`${t.studentNumber} is not null`),
    index('talent_profiles_skills_idx').using('gin', t.skills),
    index('talent_profiles_search_idx').using('gin', t.searchVector),
    index('talent_profiles_cohort_idx').on(t.universityId, t.graduationYear),
    check('talent_profiles_visibility_check', sql`${t.visibility} in (${inList(VISIBILITIES)})`),
    check('talent_profiles_status_check', sql`${t.status} in (${inList(STUDENT_STATUSES)})`),
    check('talent_profiles_degree_check', sql`${t.degree} is null or ${t.degree} in (${inList(DEGREES)})`),
    check('talent_profiles_source_check', sql`${t.source} in (${inList(PROFILE_SOURCES)})`),
    check('talent_profiles_email_lower_check', sql`${t.email} is null or ${t.email} = lower(${t.email})`),
  ],
);

/**
 * A company's standing as an employer. Its postings are public only once a career office or the
 * hub has approved it: that protects students from fake offers (docs/domain/talent.md, "Employers").
 */
export const talentEmployers = pgTable(
  'talent_employers',
  {
    organizationId: uuid('organization_id')
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    status: text('status').$type<EmployerStatus>().notNull().default('pending'),
    requestedBy: text('requested_by').references(() => users.id, { onDelete: 'set null' }),
    /** When approval was last asked for: a rejected employer may ask again once it has fixed what was wrong. */
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** Why it was rejected or suspended; shown to the employer. */
    decisionNote: text('decision_note'),
    ...timestamps,
  },
  (t) => [
    index('talent_employers_status_idx').on(t.status),
    check('talent_employers_status_check', sql`${t.status} in (${inList(EMPLOYER_STATUSES)})`),
  ],
);

/** A job or internship posted by a recruiter of a directory company. */
export const talentOpportunities = pgTable(
  'talent_opportunities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind').$type<OpportunityKind>().notNull(),
    titleRu: text('title_ru'),
    titleEn: text('title_en'),
    descriptionRu: text('description_ru'),
    descriptionEn: text('description_en'),
    requiredSkills: text('required_skills').array().notNull().default(sql`'{}'::text[]`),
    niceSkills: text('nice_skills').array().notNull().default(sql`'{}'::text[]`),
    /** Where the work is; null with `remote` for fully remote work. */
    city: text('city'),
    remote: boolean('remote').notNull().default(false),
    /** Monthly salary before tax, in whole roubles. */
    salaryFrom: integer('salary_from'),
    salaryTo: integer('salary_to'),
    positions: integer('positions').notNull().default(1),
    /** The last day to apply; the posting leaves the public list after it. */
    deadline: date('deadline').notNull(),
    status: text('status').$type<OpportunityStatus>().notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('russian', coalesce(title_ru, '')), 'A') || setweight(to_tsvector('english', coalesce(title_en, '')), 'A') || setweight(to_tsvector('russian', coalesce(description_ru, '')), 'B') || setweight(to_tsvector('english', coalesce(description_en, '')), 'B')`,
    ),
    ...timestamps,
  },
  (t) => [
    index('talent_opportunities_org_idx').on(t.organizationId),
    index('talent_opportunities_open_idx').on(t.status, t.deadline),
    index('talent_opportunities_skills_idx').using('gin', t.requiredSkills),
    index('talent_opportunities_search_idx').using('gin', t.searchVector),
    check('talent_opportunities_kind_check', sql`${t.kind} in (${inList(OPPORTUNITY_KINDS)})`),
    check('talent_opportunities_status_check', sql`${t.status} in (${inList(OPPORTUNITY_STATUSES)})`),
    check('talent_opportunities_title_check', sql`coalesce(${t.titleRu}, ${t.titleEn}) is not null`),
    check('talent_opportunities_positions_check', sql`${t.positions} between 1 and 10000`),
    check(
      'talent_opportunities_salary_check',
      sql`(${t.salaryFrom} is null or ${t.salaryFrom} >= 0) and (${t.salaryTo} is null or ${t.salaryTo} >= coalesce(${t.salaryFrom}, 0))`,
    ),
  ],
);

/** A student's application to a posting, moved through stages by the employer's recruiters. */
export const talentApplications = pgTable(
  'talent_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => talentOpportunities.id, { onDelete: 'cascade' }),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => talentProfiles.id, { onDelete: 'cascade' }),
    coverNote: text('cover_note'),
    /** The CV as it was sent: a later change of the profile's CV does not change what the employer received. */
    cvFileId: uuid('cv_file_id').references(() => storedFiles.id, { onDelete: 'set null' }),
    cvFileName: text('cv_file_name'),
    stage: text('stage').$type<ApplicationStage>().notNull().default('new'),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('talent_applications_one_per_posting').on(t.opportunityId, t.profileId),
    index('talent_applications_profile_idx').on(t.profileId),
    index('talent_applications_stage_idx').on(t.opportunityId, t.stage),
    check('talent_applications_stage_check', sql`${t.stage} in (${inList(APPLICATION_STAGES)})`),
  ],
);

/** Every move of an application, who made it and why: the history both sides see. */
export const talentApplicationEvents = pgTable(
  'talent_application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => talentApplications.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage').$type<ApplicationStage>(),
    toStage: text('to_stage').$type<ApplicationStage>().notNull(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('talent_application_events_app_idx').on(t.applicationId, t.createdAt)],
);

/**
 * What a graduate was doing at a date: the raw material of the retention figures
 * (docs/domain/talent.md, "Outcomes"). `geoBucket` is derived from region and country when the
 * record is written, so that the dashboard groups without re-deriving it per row.
 */
export const talentOutcomes = pgTable(
  'talent_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => talentProfiles.id, { onDelete: 'cascade' }),
    status: text('status').$type<OutcomeStatus>().notNull(),
    employerName: text('employer_name'),
    /** The employer when it is in the directory (a zone resident, a startup of the incubator …). */
    employerOrganizationId: uuid('employer_organization_id').references(() => organizations.id, {
      onDelete: 'set null',
    }),
    city: text('city'),
    /** ISO 3166-2 subdivision for Russia (RU-TOM, RU-MOW …); null abroad. */
    regionCode: text('region_code'),
    /** ISO 3166-1 alpha-2. */
    country: text('country').notNull().default('RU'),
    geoBucket: text('geo_bucket').$type<GeoBucket>(),
    occupation: text('occupation'),
    /** Works in the field of the degree (the monitoring's "по специальности"); null when unknown. */
    inProfile: boolean('in_profile'),
    observedOn: date('observed_on').notNull(),
    source: text('source').$type<OutcomeSource>().notNull(),
    recordedBy: text('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    isDemo: boolean('is_demo').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    index('talent_outcomes_profile_idx').on(t.profileId, t.observedOn),
    check('talent_outcomes_status_check', sql`${t.status} in (${inList(OUTCOME_STATUSES)})`),
    check('talent_outcomes_source_check', sql`${t.source} in (${inList(OUTCOME_SOURCES)})`),
    check(
      'talent_outcomes_geo_check',
      sql`${t.geoBucket} is null or ${t.geoBucket} in (${inList(GEO_BUCKETS)})`,
    ),
  ],
);

/**
 * The yearly outcome survey: one invitation per graduate and year, answered through a link that
 * needs no password. Only the token's SHA-256 is stored; the link itself exists only in the mail.
 */
export const talentSurveyInvitations = pgTable(
  'talent_survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => talentProfiles.id, { onDelete: 'cascade' }),
    surveyYear: integer('survey_year').notNull(),
    tokenHash: text('token_hash').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    outcomeId: uuid('outcome_id').references(() => talentOutcomes.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('talent_survey_token_unique').on(t.tokenHash),
    uniqueIndex('talent_survey_one_per_year').on(t.profileId, t.surveyYear),
  ],
);

/** One import of a career office's file: who sent what, and what came of it (the import's record). */
export const talentImports = pgTable(
  'talent_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    universityId: uuid('university_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    importedBy: text('imported_by').references(() => users.id, { onDelete: 'set null' }),
    /** `profiles` (students and graduates) or `outcomes` (graduates' employment). */
    kind: text('kind').$type<'profiles' | 'outcomes'>().notNull(),
    fileName: text('file_name').notNull(),
    /** `applied`: every row written; `rejected`: nothing written, see `errors`. */
    status: text('status').$type<'applied' | 'rejected'>().notNull(),
    rowsTotal: integer('rows_total').notNull(),
    rowsCreated: integer('rows_created').notNull().default(0),
    rowsUpdated: integer('rows_updated').notNull().default(0),
    /** The first errors found (row, column, code), for the career office to see again later. */
    errors: jsonb('errors')
      .$type<Array<{ row: number; column: string; code: string; value?: string }>>()
      .notNull()
      .default([]),
    errorCount: integer('error_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('talent_imports_university_idx').on(t.universityId, t.createdAt),
    check('talent_imports_kind_check', sql`${t.kind} in ('profiles','outcomes')`),
    check('talent_imports_status_check', sql`${t.status} in ('applied','rejected')`),
  ],
);
