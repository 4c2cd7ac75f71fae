import { z } from 'zod';
import { PageQuery, pageOf, Uuid } from '../common.ts';
import {
  DegreeSchema,
  LanguageLevelSchema,
  ProfileSourceSchema,
  StudentStatusSchema,
  VisibilitySchema,
} from './enums.ts';
import { SkillCode, SkillView } from './skills.ts';

// Student and graduate profiles (docs/domain/talent.md, "Profiles" and "Visibility").

const year = z.number().int().min(1950).max(2100);

export const LanguageEntry = z.object({
  /** ISO 639-1, e.g. `ru`, `en`, `zh`. */
  code: z
    .string()
    .regex(/^[a-z]{2}$/)
    .transform((s) => s.toLowerCase()),
  level: LanguageLevelSchema,
});

export const PortfolioLink = z.object({
  label: z.string().trim().min(1).max(80),
  url: z.url({ protocol: /^https?$/ }).max(500),
});

/** `PUT /api/talent/profiles/me` — the person's own profile, created on first save. */
export const ProfileBody = z
  .object({
    fullName: z.string().trim().min(2).max(200),
    universityId: Uuid.nullable().default(null),
    faculty: z.string().trim().max(200).nullable().default(null),
    program: z.string().trim().max(200).nullable().default(null),
    programCode: z
      .string()
      .regex(/^\d{2}\.\d{2}\.\d{2}$/)
      .nullable()
      .default(null),
    degree: DegreeSchema.nullable().default(null),
    studyStartYear: year.nullable().default(null),
    graduationYear: year.nullable().default(null),
    status: StudentStatusSchema.default('student'),
    city: z.string().trim().max(100).nullable().default(null),
    headline: z.string().trim().max(160).nullable().default(null),
    about: z.string().trim().max(4000).nullable().default(null),
    skills: z.array(SkillCode).max(50).default([]),
    languages: z.array(LanguageEntry).max(10).default([]),
    links: z.array(PortfolioLink).max(10).default([]),
    prefersRegion: z.boolean().default(false),
    openToRelocation: z.boolean().default(false),
    openToRemote: z.boolean().default(false),
    visibility: VisibilitySchema.default('hidden'),
  })
  .refine(
    (b) => b.studyStartYear == null || b.graduationYear == null || b.graduationYear >= b.studyStartYear,
    { message: 'Graduation cannot come before the start of studies', path: ['graduationYear'] },
  );
export type ProfileBody = z.infer<typeof ProfileBody>;

export const UniversityRef = z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable() });

/**
 * A profile as the viewer may see it. `access` says how much: `owner` and `full` carry the CV and
 * the address; `public` leaves them out (null).
 */
export const ProfileView = z.object({
  id: z.string(),
  access: z.enum(['owner', 'full', 'public']),
  fullName: z.string(),
  email: z.string().nullable(),
  university: UniversityRef.nullable(),
  faculty: z.string().nullable(),
  program: z.string().nullable(),
  programCode: z.string().nullable(),
  degree: DegreeSchema.nullable(),
  studyStartYear: z.number().int().nullable(),
  graduationYear: z.number().int().nullable(),
  status: StudentStatusSchema,
  city: z.string().nullable(),
  headline: z.string().nullable(),
  about: z.string().nullable(),
  skills: z.array(SkillView),
  languages: z.array(z.object({ code: z.string(), level: LanguageLevelSchema })),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  prefersRegion: z.boolean(),
  openToRelocation: z.boolean(),
  openToRemote: z.boolean(),
  visibility: VisibilitySchema,
  cv: z.object({ fileName: z.string(), url: z.string() }).nullable(),
  source: ProfileSourceSchema,
  /** Whether the viewer may edit it (the person themself). */
  editable: z.boolean(),
  updatedAt: z.date(),
});
export type ProfileView = z.infer<typeof ProfileView>;

/** `GET /api/talent/profiles/me` — the caller's profile, or none yet (the page offers to create one). */
export const MyProfile = z.object({ profile: ProfileView.nullable() });

export const ProfileSummary = z.object({
  id: z.string(),
  fullName: z.string(),
  university: UniversityRef.nullable(),
  program: z.string().nullable(),
  degree: DegreeSchema.nullable(),
  graduationYear: z.number().int().nullable(),
  status: StudentStatusSchema,
  city: z.string().nullable(),
  headline: z.string().nullable(),
  skills: z.array(SkillView),
  visibility: VisibilitySchema,
});
export type ProfileSummary = z.infer<typeof ProfileSummary>;

/**
 * `GET /api/talent/profiles` — profiles the caller may find: public ones for everyone, recruiters-only
 * for recruiters of approved employers, all of their own university's for a career office.
 */
export const ProfileListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  universityId: Uuid.optional(),
  skill: z.string().max(64).optional(),
  graduationYear: z.coerce.number().int().min(1950).max(2100).optional(),
  status: StudentStatusSchema.optional(),
  ...PageQuery,
});
export const ProfilePage = pageOf(ProfileSummary);

export const ProfileParams = z.object({ profileId: Uuid });

/**
 * The CV: `PUT /api/talent/profiles/me/cv` (multipart field `file`, a PDF recognized by its first
 * bytes, at most this size) and `DELETE /api/talent/profiles/me/cv` answer the owner's `ProfileView`;
 * `GET /api/talent/profiles/:profileId/cv` downloads it for `owner` and `full` access, 404 otherwise.
 */
export const CV_MAX_BYTES = 5 * 1024 * 1024;
