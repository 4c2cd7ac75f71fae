import { z } from 'zod';

// The talent module's fixed vocabularies, shared by its tables, routes and pages.
// The rules behind them are in docs/domain/talent.md.

/** Where a person is in their studies. */
export const STUDENT_STATUSES = ['student', 'graduate'] as const;
export type StudentStatus = (typeof STUDENT_STATUSES)[number];
export const StudentStatusSchema = z.enum(STUDENT_STATUSES);

/** Russian higher-education levels (273-FZ art. 10), plus vocational (СПО). */
export const DEGREES = ['vocational', 'bachelor', 'specialist', 'master', 'phd'] as const;
export type Degree = (typeof DEGREES)[number];
export const DegreeSchema = z.enum(DEGREES);

/**
 * Who sees a profile (docs/domain/talent.md, "Visibility"): everyone, recruiters of approved
 * employers and the person's career office, or only the person and their career office.
 */
export const VISIBILITIES = ['public', 'recruiters', 'hidden'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const VisibilitySchema = z.enum(VISIBILITIES);

/** Language levels of the Common European Framework, plus native. */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export const LanguageLevelSchema = z.enum(LANGUAGE_LEVELS);

/** How a profile came to exist: the person made it, or their university's career office imported it. */
export const PROFILE_SOURCES = ['self', 'import'] as const;
export type ProfileSource = (typeof PROFILE_SOURCES)[number];
export const ProfileSourceSchema = z.enum(PROFILE_SOURCES);

/** An employer's standing with the hub: only approved employers' postings are public. */
export const EMPLOYER_STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const;
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number];
export const EmployerStatusSchema = z.enum(EMPLOYER_STATUSES);

export const OPPORTUNITY_KINDS = ['job', 'internship'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];
export const OpportunityKindSchema = z.enum(OPPORTUNITY_KINDS);

/** A posting's life: drafted, published (public once the employer is approved, until its deadline), closed. */
export const OPPORTUNITY_STATUSES = ['draft', 'published', 'closed'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export const OpportunityStatusSchema = z.enum(OPPORTUNITY_STATUSES);

/** Stages of an application on the recruiter's board; `hired`, `rejected` and `withdrawn` are final. */
export const APPLICATION_STAGES = [
  'new',
  'screening',
  'interview',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];
export const ApplicationStageSchema = z.enum(APPLICATION_STAGES);
export const FINAL_STAGES: readonly ApplicationStage[] = ['hired', 'rejected', 'withdrawn'];

/** A graduate's situation at a point in time (the federal monitoring's categories, docs/domain/talent.md). */
export const OUTCOME_STATUSES = [
  'employed',
  'self_employed',
  'entrepreneur',
  'further_study',
  'military',
  'parental_leave',
  'unemployed',
] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
export const OutcomeStatusSchema = z.enum(OUTCOME_STATUSES);

/** Where an outcome record came from. */
export const OUTCOME_SOURCES = ['self_report', 'university_import', 'aggregate_import'] as const;
export type OutcomeSource = (typeof OUTCOME_SOURCES)[number];
export const OutcomeSourceSchema = z.enum(OUTCOME_SOURCES);

/**
 * Where a working graduate works, as the retention dashboard splits the outflow
 * (docs/domain/talent.md, "Geography"): the Tomsk region, the rest of the Siberian federal district,
 * Moscow and St Petersburg, the rest of Russia, the CIS, elsewhere abroad.
 */
export const GEO_BUCKETS = ['tomsk', 'siberia', 'moscow_spb', 'other_russia', 'cis', 'abroad'] as const;
export type GeoBucket = (typeof GEO_BUCKETS)[number];
export const GeoBucketSchema = z.enum(GEO_BUCKETS);
