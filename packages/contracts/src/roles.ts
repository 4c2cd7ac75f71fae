// The platform roles as plain data, without zod, so that the web app's first page can use them
// without loading the schema library; `identity.ts` builds the schema from the same list.

/** The platform roles. A person may hold several (a student who is also a founder). */
export const ROLES = [
  'admin',
  'zone_admin',
  'incubator_manager',
  'analyst',
  'mentor',
  'investor',
  'founder',
  'recruiter',
  'career_office',
  'student',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles a person may pick for themselves at sign-up; the others are granted by an administrator. */
export const SELF_SERVICE_ROLES: readonly Role[] = ['student', 'founder', 'recruiter', 'investor', 'mentor'];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
