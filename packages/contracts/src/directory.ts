import { z } from 'zod';
import { booleanParam, LocaleSchema } from './common.ts';
import { RoleSchema } from './identity.ts';

// Kinds of organization the directory knows (DESIGN: one record per organization through its life).
export const ORGANIZATION_KINDS = [
  'startup',
  'company',
  'university',
  'incubator',
  'fund',
  'corporation',
  'government',
  'zone_operator',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const LEGAL_FORMS = [
  'ooo',
  'ao',
  'pao',
  'ip',
  'unitary_enterprise',
  'nonprofit',
  'state_institution',
  'foreign',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

// The directory's HTTP contract: request and response schemas the routes validate with and the
// web app builds against. Dates are Date on the server and ISO strings on the wire.

export const OrganizationKindSchema = z.enum(ORGANIZATION_KINDS);
export const LegalFormSchema = z.enum(LEGAL_FORMS);
export const MemberRoleSchema = z.enum(['owner', 'member']);
export type MemberRole = z.infer<typeof MemberRoleSchema>;

export const SectorView = z.object({
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  isIt: z.boolean(),
});
export type SectorView = z.infer<typeof SectorView>;
const SectorRef = SectorView.omit({ isIt: true });

export const OrganizationSummary = z.object({
  id: z.string(),
  kind: OrganizationKindSchema,
  name: z.string(),
  nameEn: z.string().nullable(),
  legalName: z.string().nullable(),
  legalForm: LegalFormSchema.nullable(),
  inn: z.string().nullable(),
  ogrn: z.string().nullable(),
  registrationMunicipality: z.string().nullable(),
  city: z.string(),
  sectors: z.array(SectorRef),
  website: z.string().nullable(),
  descriptionRu: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  headcount: z.number().int().nullable(),
  foundedYear: z.number().int().nullable(),
  foreignCapitalPercent: z.number().int(),
  verifiedAt: z.date().nullable(),
  updatedAt: z.date(),
});
export type OrganizationSummary = z.infer<typeof OrganizationSummary>;

export const MemberView = z.object({ userId: z.string(), name: z.string(), role: MemberRoleSchema });

export const OrganizationDetail = OrganizationSummary.extend({
  members: z.array(MemberView),
  canEdit: z.boolean(),
});
export type OrganizationDetail = z.infer<typeof OrganizationDetail>;

const text = (max: number) => z.string().trim().min(1).max(max);
const nullableText = (max: number) => text(max).nullable().optional();
const httpUrl = z
  .string()
  .trim()
  .max(500)
  .url()
  .refine((v) => /^https?:\/\//i.test(v), 'must start with http:// or https://');

/** Writable fields; the INN/OGRN rules that depend on the legal form run in the service. */
const organizationFields = {
  kind: OrganizationKindSchema,
  name: text(300),
  nameEn: nullableText(300),
  legalName: nullableText(500),
  legalForm: LegalFormSchema.nullable().optional(),
  inn: z
    .string()
    .regex(/^\d{10}$|^\d{12}$/, 'must be 10 or 12 digits')
    .nullable()
    .optional(),
  ogrn: z
    .string()
    .regex(/^\d{13}$|^\d{15}$/, 'must be 13 (OGRN) or 15 (OGRNIP) digits')
    .nullable()
    .optional(),
  registrationMunicipality: nullableText(200),
  city: text(100).optional(),
  sectors: z.array(z.string().min(1).max(60)).max(10).optional(),
  website: httpUrl.nullable().optional(),
  descriptionRu: nullableText(5000),
  descriptionEn: nullableText(5000),
  headcount: z.number().int().min(0).max(1_000_000).nullable().optional(),
  foundedYear: z.number().int().min(1800).max(2100).nullable().optional(),
  foreignCapitalPercent: z.number().int().min(0).max(100).optional(),
};

export const OrganizationCreateBody = z.object(organizationFields).strict();
export type OrganizationCreateInput = z.infer<typeof OrganizationCreateBody>;
export const OrganizationPatchBody = z.object(organizationFields).partial().strict();
export type OrganizationPatchInput = z.infer<typeof OrganizationPatchBody>;

export const OrganizationListQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    kind: OrganizationKindSchema.optional(),
    sector: z.string().max(60).optional(),
    city: z.string().trim().max(100).optional(),
    foreign: booleanParam.optional(),
    verified: booleanParam.optional(),
    sort: z.enum(['relevance', 'name', 'updated']).default('relevance'),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type OrganizationListQuery = z.infer<typeof OrganizationListQuery>;

export const AddMemberBody = z
  .object({ email: z.string().trim().max(254).email(), role: MemberRoleSchema })
  .strict();

export const DirectoryStats = z.object({
  organizationsByKind: z.record(OrganizationKindSchema, z.number().int()),
  people: z.number().int(),
  sectors: z.array(z.object({ code: z.string(), count: z.number().int() })),
});
export type DirectoryStats = z.infer<typeof DirectoryStats>;

// People: a profile is private unless the person opts in, and then only the fields they chose.
export const PROFILE_PUBLIC_FIELDS = ['headline', 'bio', 'city', 'skills', 'links', 'organizations'] as const;
export const ProfilePublicField = z.enum(PROFILE_PUBLIC_FIELDS);
export type ProfilePublicField = z.infer<typeof ProfilePublicField>;

const LinkSchema = z.object({ label: text(100), url: httpUrl }).strict();

export const ProfileView = z.object({
  headline: z.string().nullable(),
  bio: z.string().nullable(),
  city: z.string().nullable(),
  skills: z.array(z.string()),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  isPublic: z.boolean(),
  publicFields: z.array(ProfilePublicField),
});
export type ProfileView = z.infer<typeof ProfileView>;

export const ProfileBody = z
  .object({
    headline: text(200).nullable(),
    bio: text(5000).nullable(),
    city: text(100).nullable(),
    skills: z.array(text(60)).max(50),
    links: z.array(LinkSchema).max(10),
    isPublic: z.boolean(),
    publicFields: z.array(ProfilePublicField).max(PROFILE_PUBLIC_FIELDS.length),
  })
  .strict();
export type ProfileInput = z.infer<typeof ProfileBody>;

/** Only the fields the person made public are present in the object. */
export const PersonSummary = z.object({
  userId: z.string(),
  name: z.string(),
  headline: z.string().nullable().optional(),
  city: z.string().nullable().optional(),
  skills: z.array(z.string()).optional(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

export const PersonDetail = PersonSummary.extend({
  bio: z.string().nullable().optional(),
  links: z.array(z.object({ label: z.string(), url: z.string() })).optional(),
  organizations: z
    .array(z.object({ organizationId: z.string(), organizationName: z.string(), role: MemberRoleSchema }))
    .optional(),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const PeopleQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    skill: z.string().trim().max(60).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type PeopleQuery = z.infer<typeof PeopleQuery>;

// The signed-in person: account fields from identity, memberships from the directory.
const isIanaTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const MeView = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    locale: LocaleSchema,
    timeZone: z.string(),
    roles: z.array(RoleSchema),
  }),
  memberships: z.array(
    z.object({
      organizationId: z.string(),
      organizationName: z.string(),
      kind: OrganizationKindSchema,
      role: MemberRoleSchema,
    }),
  ),
});
export type MeView = z.infer<typeof MeView>;

export const MePatchBody = z
  .object({
    name: text(200).optional(),
    locale: LocaleSchema.optional(),
    timeZone: z
      .string()
      .max(64)
      .refine(isIanaTimeZone, 'must be an IANA time zone, e.g. Asia/Tomsk')
      .optional(),
  })
  .strict();
