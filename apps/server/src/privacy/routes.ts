import { getTableName } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { inTransaction } from '../lib/db/transaction.ts';
import { access, requirePrincipal } from '../lib/http/access.ts';
import {
  collectPersonalData,
  type PersonalDataSpec,
  type PersonalField,
  PURPOSES,
  RETENTIONS,
} from '../lib/privacy/personal-data.ts';
import { hideProfile } from '../modules/directory/index.ts';
import {
  auditContextOf,
  CONSENT_PURPOSES,
  CONSENT_TEXTS,
  confirmPassword,
  consentsOf,
  getUser,
  recordAudit,
  requestAccountDeletion,
} from '../modules/identity/index.ts';

/**
 * The person's own privacy rights (152-FZ): delete the account (art. 21), see and withdraw consents
 * (art. 9), and export everything kept about them (art. 14) — every tagged personal column of
 * their rows across modules, as a JSON download, audited.
 */
export function registerPrivacyRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  allPersonalData: readonly PersonalDataSpec[],
): void {
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
      await confirmPassword(ctx.db, principal.userId, request.body.password);
      const result = await inTransaction(ctx.db, async (tx) => {
        const done = await requestAccountDeletion(tx, auditContextOf(request), principal.userId);
        await hideProfile(tx, principal.userId, request.ip);
        return done;
      });
      // The session is gone in the database; the browser forgets its cookie too.
      for (const name of Object.keys(request.cookies ?? {}))
        if (name.includes('session')) reply.clearCookie(name, { path: '/' });
      return result;
    },
  );

  const ConsentTextView = z.object({ version: z.string(), ru: z.string(), en: z.string() });
  r.get(
    '/api/consent-texts',
    {
      config: { access: access.public },
      schema: {
        tags: ['me'],
        summary:
          'The consent texts in force, by purpose, with their versions (shown on sign-up and in the profile)',
        response: { 200: z.record(z.enum(CONSENT_PURPOSES), ConsentTextView) },
      },
    },
    async () => CONSENT_TEXTS,
  );
  r.get(
    '/api/me/consents',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['me'],
        summary: 'My consents: per purpose the one in force with its text, and the whole ledger',
        response: {
          200: z.object({
            current: z.array(
              z.object({
                purpose: z.enum(CONSENT_PURPOSES),
                granted: z.boolean(),
                version: z.string().nullable(),
                since: z.date().nullable(),
                text: ConsentTextView,
              }),
            ),
            history: z.array(
              z.object({
                purpose: z.string(),
                version: z.string(),
                granted: z.boolean(),
                createdAt: z.date(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => consentsOf(ctx.db, requirePrincipal(request).userId),
  );

  r.post(
    '/api/me/consents/public_profile/withdraw',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['me'],
        summary: 'Withdraw the consent to show my profile: it is hidden at once (one click)',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const userId = requirePrincipal(request).userId;
      await inTransaction(ctx.db, (tx) => hideProfile(tx, userId, request.ip));
      return reply.status(204).send(null);
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
          tags: tagsByTable(allPersonalData),
          data,
        });
    },
  );
}

/** Why and how long each exported column is kept, per table. */
function tagsByTable(
  allPersonalData: readonly PersonalDataSpec[],
): Record<string, Record<string, PersonalField>> {
  const out: Record<string, Record<string, PersonalField>> = {};
  for (const s of allPersonalData) {
    if (!s.subject) continue;
    const name = getTableName(s.table);
    out[name] = { ...out[name], ...s.fields };
  }
  return out;
}
