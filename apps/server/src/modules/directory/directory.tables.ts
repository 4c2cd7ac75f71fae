import type { LegalForm, OrganizationKind } from '@inohub/contracts/directory';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.tables.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Sectors taxonomy: codes are stable, names are bilingual. */
export const sectors = pgTable('sectors', {
  code: text('code').primaryKey(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  isIt: boolean('is_it').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<OrganizationKind>().notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    legalName: text('legal_name'),
    legalForm: text('legal_form').$type<LegalForm>(),
    inn: text('inn'),
    ogrn: text('ogrn'),
    /** Municipality of state registration, e.g. "г. Томск" (SEZ eligibility rule E2). */
    registrationMunicipality: text('registration_municipality'),
    city: text('city').notNull().default('Томск'),
    website: text('website'),
    descriptionRu: text('description_ru'),
    descriptionEn: text('description_en'),
    headcount: integer('headcount'),
    foundedYear: integer('founded_year'),
    /** Share of foreign capital, 0–100; > 0 means foreign participation. */
    foreignCapitalPercent: integer('foreign_capital_percent').notNull().default(0),
    isDemo: boolean('is_demo').notNull().default(false),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: text('verified_by').references(() => users.id, { onDelete: 'set null' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('russian', coalesce(name, '') || ' ' || coalesce(legal_name, '')), 'A') || setweight(to_tsvector('english', coalesce(name_en, '')), 'A') || setweight(to_tsvector('russian', coalesce(description_ru, '')), 'B') || setweight(to_tsvector('english', coalesce(description_en, '')), 'B')`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organizations_inn_unique').on(t.inn).where(sql`${t.inn} is not null`),
    uniqueIndex('organizations_ogrn_unique').on(t.ogrn).where(sql`${t.ogrn} is not null`),
    index('organizations_kind_idx').on(t.kind),
    index('organizations_search_idx').using('gin', t.searchVector),
    index('organizations_name_trgm').using(
      'gin',
      sql`(coalesce(${t.name}, '') || ' ' || coalesce(${t.nameEn}, '')) gin_trgm_ops`,
    ),
    check(
      'organizations_kind_check',
      sql`${t.kind} in ('startup','company','university','incubator','fund','corporation','government','zone_operator')`,
    ),
    check('organizations_foreign_check', sql`${t.foreignCapitalPercent} between 0 and 100`),
    check('organizations_headcount_check', sql`${t.headcount} is null or ${t.headcount} >= 0`),
  ],
);

export const organizationSectors = pgTable(
  'organization_sectors',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    sectorCode: text('sector_code')
      .notNull()
      .references(() => sectors.code),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.sectorCode] }),
    index('organization_sectors_sector_idx').on(t.sectorCode),
  ],
);

/**
 * Who belongs to which organization. Memberships live with organizations (not in identity) so
 * that identity stays free of any other module; see docs/decisions.md.
 */
export const organizationMembers = pgTable(
  'organization_members',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<'owner' | 'member'>().notNull().default('member'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.userId] }),
    index('organization_members_user_idx').on(t.userId),
    check('organization_members_role_check', sql`${t.role} in ('owner','member')`),
  ],
);

/** A person's public profile: hidden unless they opt in, field by field. */
export const profiles = pgTable(
  'profiles',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    headline: text('headline'),
    bio: text('bio'),
    city: text('city'),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    links: jsonb('links').$type<Array<{ label: string; url: string }>>().notNull().default([]),
    isPublic: boolean('is_public').notNull().default(false),
    /** Which fields the person agreed to show publicly (152-FZ: consent per field). */
    publicFields: text('public_fields').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('profiles_public_idx').on(t.isPublic)],
);
