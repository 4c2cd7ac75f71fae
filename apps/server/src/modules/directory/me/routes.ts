import { MePatchBody, MeView, ProfileBody, ProfileView } from '@inohub/contracts/directory';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { getMeOf, getOwnProfile, putOwnProfile, updateMe } from './service.ts';

const tags = ['me'];
const signedIn = { access: access.signedIn };

export function registerMeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/me',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'The signed-in person with roles and memberships (401 for visitors)',
        response: { 200: MeView },
      },
    },
    async (request) => getMeOf(ctx.db, requirePrincipal(request)),
  );

  r.patch(
    '/api/me',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Change own name, language or time zone',
        body: MePatchBody,
        response: { 200: MeView },
      },
    },
    async (request) => updateMe(ctx.db, requirePrincipal(request).userId, request.body),
  );

  r.get(
    '/api/me/profile',
    {
      config: signedIn,
      schema: { tags, summary: 'Own profile, including the private fields', response: { 200: ProfileView } },
    },
    async (request) => getOwnProfile(ctx.db, requirePrincipal(request).userId),
  );

  r.put(
    '/api/me/profile',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Replace own profile and choose which fields are public',
        body: ProfileBody,
        response: { 200: ProfileView },
      },
    },
    async (request) =>
      inTransaction(ctx.db, (tx) =>
        putOwnProfile(tx, requirePrincipal(request).userId, request.body, request.ip),
      ),
  );
}
