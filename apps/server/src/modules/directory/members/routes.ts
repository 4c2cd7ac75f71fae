import { AddMemberBody, OrganizationDetail } from '@inohub/contracts/directory';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { findSummary } from '../organizations/repo.ts';
import { OrganizationIdParams } from '../organizations/routes.ts';
import { getOrganizationDetail } from '../organizations/service.ts';
import { assertCanEditOrganization } from '../policy.ts';
import { addMember, removeMember } from './service.ts';

const tags = ['directory'];

export function registerMemberRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/directory/organizations/:id/members',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: 'Add a member by account email, or change their role (owners and administrators)',
        params: OrganizationIdParams,
        body: AddMemberBody,
        response: { 200: OrganizationDetail },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const { id } = request.params;
      await inTransaction(ctx.db, async (tx) => {
        await findSummary(tx, id);
        await assertCanEditOrganization(tx, principal, id);
        await addMember(tx, auditContextOf(request), id, request.body);
      });
      return getOrganizationDetail(ctx.db, principal, id);
    },
  );

  r.delete(
    '/api/directory/organizations/:id/members/:userId',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: 'Remove a member (owners and administrators; anyone may leave); the last owner stays',
        params: z.object({ id: z.guid(), userId: z.string().min(1).max(100) }).strict(),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const { id, userId } = request.params;
      await inTransaction(ctx.db, async (tx) => {
        await findSummary(tx, id);
        // Leaving an organization needs no permission; removing someone else does.
        if (userId !== principal.userId) await assertCanEditOrganization(tx, principal, id);
        await removeMember(tx, auditContextOf(request), id, userId);
      });
      return reply.status(204).send(null);
    },
  );
}
