import {
  OrganizationCreateBody,
  OrganizationDetail,
  OrganizationListQuery,
  OrganizationPatchBody,
  OrganizationSummary,
} from '@inohub/contracts/directory';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { pageOf } from '../../../lib/http/pagination.ts';
import { auditContextOf } from '../../identity/index.ts';
import { assertCanEditOrganization } from '../policy.ts';
import { findSummary } from './repo.ts';
import { searchOrganizations } from './search.ts';
import {
  createOrganization,
  getOrganizationDetail,
  updateOrganization,
  verifyOrganization,
} from './service.ts';

export const OrganizationIdParams = z.object({ id: z.guid() }).strict();
const tags = ['directory'];

export function registerOrganizationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/directory/organizations',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: 'Search organizations (Russian and English full text with typo tolerance) and filter them',
        querystring: OrganizationListQuery,
        response: { 200: pageOf(OrganizationSummary) },
      },
    },
    async (request) => {
      const result = await searchOrganizations(ctx.db, request.query);
      return { ...result, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  r.get(
    '/api/directory/organizations/:id',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: 'One organization with its public members',
        params: OrganizationIdParams,
        response: { 200: OrganizationDetail },
      },
    },
    async (request) => getOrganizationDetail(ctx.db, request.principal, request.params.id),
  );

  r.post(
    '/api/directory/organizations',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: 'Register an organization; its creator becomes its owner',
        description:
          'INN and OGRN are optional, but required (and must fit the form) when a Russian legal form is set.',
        body: OrganizationCreateBody,
        response: { 201: OrganizationDetail },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const created = await inTransaction(ctx.db, (tx) =>
        createOrganization(tx, auditContextOf(request), principal.userId, request.body),
      );
      reply.status(201);
      return getOrganizationDetail(ctx.db, principal, created.id);
    },
  );

  r.patch(
    '/api/directory/organizations/:id',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: 'Change an organization (owners and administrators)',
        params: OrganizationIdParams,
        body: OrganizationPatchBody,
        response: { 200: OrganizationDetail },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const { id } = request.params;
      await inTransaction(ctx.db, async (tx) => {
        await findSummary(tx, id); // 404 before 403: the record is public anyway
        await assertCanEditOrganization(tx, principal, id);
        return updateOrganization(tx, auditContextOf(request), id, request.body);
      });
      return getOrganizationDetail(ctx.db, principal, id);
    },
  );

  r.post(
    '/api/directory/organizations/:id/verify',
    {
      config: { access: access.roles('admin', 'zone_admin') },
      schema: {
        tags,
        summary: 'Mark an organization as checked against the state register',
        params: OrganizationIdParams,
        body: z.object({}).strict().nullish(),
        response: { 200: OrganizationDetail },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const { id } = request.params;
      await inTransaction(ctx.db, (tx) =>
        verifyOrganization(tx, auditContextOf(request), id, principal.userId),
      );
      return getOrganizationDetail(ctx.db, principal, id);
    },
  );
}
