import { z } from 'zod';
import { PageQuery } from './common.ts';
import { RoleSchema } from './identity.ts';

// Administrators' views of the platform: accounts and roles, the audit log, outgoing mail.

export const UserView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  locale: z.string(),
  timeZone: z.string(),
  roles: z.array(RoleSchema),
  disabled: z.boolean(),
  createdAt: z.date(),
});
export type UserView = z.infer<typeof UserView>;

export const UserListQuery = z
  .object({ q: z.string().max(200).optional(), role: RoleSchema.optional(), ...PageQuery })
  .strict();

export const UserParams = z.object({ id: z.string().min(1).max(100) });
export const SetRolesBody = z.object({ roles: z.array(RoleSchema).max(9) }).strict();
export const SetDisabledBody = z.object({ disabled: z.boolean() }).strict();

export const AuditView = z.object({
  id: z.string(),
  actorId: z.string().nullable(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  createdAt: z.date(),
});
export type AuditView = z.infer<typeof AuditView>;

export const AuditQuery = z
  .object({
    actorId: z.string().max(100).optional(),
    action: z.string().max(100).optional(),
    objectType: z.string().max(100).optional(),
    objectId: z.string().max(100).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    ...PageQuery,
  })
  .strict();

export const OutboxView = z.object({
  id: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  textBody: z.string(),
  status: z.string(),
  template: z.string(),
  locale: z.string(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  sentAt: z.date().nullable(),
  createdAt: z.date(),
});
export type OutboxView = z.infer<typeof OutboxView>;

export const OutboxQuery = z.object({ to: z.string().max(254).optional(), ...PageQuery }).strict();
