import { z } from 'zod';

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
  'student',
] as const;

export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

/** Roles a person may pick for themselves at sign-up; the others are granted by an administrator. */
export const SELF_SERVICE_ROLES: readonly Role[] = ['student', 'founder', 'recruiter', 'investor', 'mentor'];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
