import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { PageQuery, pageOf } from '../../../lib/http/pagination.ts';
import { listOutbox } from '../../../lib/mail/mailer.ts';
import { auditContextOf, listAudit } from '../audit/service.ts';
import { RoleSchema } from '../roles.ts';
import { listUsers, setDisabled, setRoles } from './service.ts';

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

const AuditView = z.object({
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

const OutboxView = z.object({
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

const adminOnly = { access: access.roles('admin') };

export function registerUserAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/admin/users',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'List and search users',
        querystring: z
          .object({ q: z.string().max(200).optional(), role: RoleSchema.optional(), ...PageQuery })
          .strict(),
        response: { 200: pageOf(UserView) },
      },
    },
    async (request) => {
      const q = request.query;
      const result = await listUsers(ctx.db, q);
      return { ...result, page: q.page, pageSize: q.pageSize };
    },
  );

  r.put(
    '/api/admin/users/:id/roles',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: "Replace a user's roles",
        params: z.object({ id: z.string().min(1).max(100) }),
        body: z.object({ roles: z.array(RoleSchema).max(9) }).strict(),
        response: { 200: UserView },
      },
    },
    async (request) =>
      inTransaction(ctx.db, (tx) =>
        setRoles(tx, auditContextOf(request), request.params.id, request.body.roles),
      ),
  );

  r.put(
    '/api/admin/users/:id/disabled',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Disable or enable an account (disabling ends its sessions)',
        params: z.object({ id: z.string().min(1).max(100) }),
        body: z.object({ disabled: z.boolean() }).strict(),
        response: { 200: UserView },
      },
    },
    async (request) =>
      inTransaction(ctx.db, (tx) =>
        setDisabled(tx, auditContextOf(request), request.params.id, request.body.disabled),
      ),
  );

  r.get(
    '/api/admin/audit',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Read the audit log of privileged actions',
        querystring: z
          .object({
            actorId: z.string().max(100).optional(),
            action: z.string().max(100).optional(),
            objectType: z.string().max(100).optional(),
            objectId: z.string().max(100).optional(),
            from: z.coerce.date().optional(),
            to: z.coerce.date().optional(),
            ...PageQuery,
          })
          .strict(),
        response: { 200: pageOf(AuditView) },
      },
    },
    async (request) => {
      const result = await listAudit(ctx.db, request.query);
      return { ...result, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  r.get(
    '/api/admin/outbox',
    {
      config: adminOnly,
      schema: {
        tags: ['admin'],
        summary: 'Read outgoing mail (the outbox holds all mail when no SMTP server is configured)',
        querystring: z.object({ to: z.string().max(254).optional(), ...PageQuery }).strict(),
        response: { 200: pageOf(OutboxView) },
      },
    },
    async (request) => {
      const { page, pageSize, to } = request.query;
      const result = await listOutbox(ctx.db, { to, limit: pageSize, offset: (page - 1) * pageSize });
      return { ...result, page, pageSize };
    },
  );
}
