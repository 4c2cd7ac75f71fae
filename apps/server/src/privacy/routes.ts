import { getTableName } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { inTransaction } from '../lib/db/transaction.ts';
import { access, requirePrincipal } from '../lib/http/access.ts';
import {
  collectPersonalData,
  type PersonalField,
  PURPOSES,
  RETENTIONS,
} from '../lib/privacy/personal-data.ts';
import { hideProfile } from '../modules/directory/index.ts';
import { auditContextOf, getUser, recordAudit, requestAccountDeletion } from '../modules/identity/index.ts';
import { allPersonalData } from './specs.ts';

/**
 * GET /api/me/export: "export my data" (152-FZ art. 14, the subject's right of access) — every
 * tagged personal column of the caller's rows across modules, as a JSON download. Audited.
 */
export function registerPrivacyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/me/delete-account',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['me'],
        summary:
          'Delete my account (password required): signed out and hidden at once, personal data erased after 30 days',
        body: z.object({ password: z.string().min(1).max(1024) }).strict(),
        response: { 200: z.object({ deletionRequestedAt: z.date(), erasureAfter: z.date() }) },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const result = await inTransaction(ctx.db, async (tx) => {
        const done = await requestAccountDeletion(
          tx,
          auditContextOf(request),
          principal.userId,
          request.body.password,
        );
        await hideProfile(tx, principal.userId);
        return done;
      });
      // The session is gone in the database; the browser forgets its cookie too.
      for (const name of Object.keys(request.cookies ?? {}))
        if (name.includes('session')) reply.clearCookie(name, { path: '/' });
      return result;
    },
  );

  app.get(
    '/api/me/export',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['me'],
        summary: 'Download everything Inohub keeps about me (JSON), with why and how long',
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const user = await getUser(ctx.db, principal.userId);
      const data = await collectPersonalData(ctx.db, allPersonalData, {
        userId: principal.userId,
        email: user.email,
      });
      await recordAudit(ctx.db, auditContextOf(request), {
        action: 'privacy.export',
        objectType: 'user',
        objectId: principal.userId,
        details: { tables: Object.keys(data) },
      });
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-disposition', `attachment; filename="inohub-my-data-${day}.json"`)
        .header('cache-control', 'no-store')
        .type('application/json; charset=utf-8')
        .send({
          generatedAt: new Date().toISOString(),
          subject: { userId: principal.userId, email: user.email },
          purposes: PURPOSES,
          retentions: RETENTIONS,
          tags: tagsByTable(),
          data,
        });
    },
  );
}

/** Why and how long each exported column is kept, per table. */
function tagsByTable(): Record<string, Record<string, PersonalField>> {
  const out: Record<string, Record<string, PersonalField>> = {};
  for (const s of allPersonalData) {
    if (!s.subject) continue;
    const name = getTableName(s.table);
    out[name] = { ...out[name], ...s.fields };
  }
  return out;
}
