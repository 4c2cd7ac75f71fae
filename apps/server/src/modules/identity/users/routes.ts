import {
  AuditQuery,
  AuditView,
  OutboxQuery,
  OutboxView,
  SetDisabledBody,
  SetRolesBody,
  UserListQuery,
  UserParams,
  UserView,
} from '@inohub/contracts/admin';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { pageOf } from '../../../lib/http/pagination.ts';
import { listOutbox } from '../../../lib/mail/mailer.ts';
import { auditContextOf, listAudit } from '../audit/service.ts';
import { listUsers, setDisabled, setRoles } from './service.ts';

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
        querystring: UserListQuery,
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
        params: UserParams,
        body: SetRolesBody,
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
        params: UserParams,
        body: SetDisabledBody,
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
        querystring: AuditQuery,
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
        querystring: OutboxQuery,
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
