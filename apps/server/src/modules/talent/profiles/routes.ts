import multipart from '@fastify/multipart';
import {
  MyProfile,
  ProfileBody,
  ProfileListQuery,
  ProfilePage,
  ProfileParams,
  ProfileView,
} from '@inohub/contracts/talent/profiles';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { resolveViewer } from '../policy.ts';
import { CV_MAX_BYTES, cvFileFor, readCvUpload, removeCv, replaceCv } from './cv.ts';
import { findProfiles, myProfileView, profileView, profileViewOf, saveMyProfile } from './service.ts';

const tags = ['talent: profiles'];

export function registerProfileRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/api/talent/profiles/me',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: "The caller's profile (claims one their university imported under their verified address)",
        response: { 200: MyProfile },
      },
    },
    async (request) =>
      inTransaction(db, (tx) => myProfileView(tx, auditContextOf(request), requirePrincipal(request).userId)),
  );

  r.put(
    '/api/talent/profiles/me',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: "Create or update the caller's profile (a visibility change is recorded as a consent)",
        body: ProfileBody,
        response: { 200: ProfileView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        saveMyProfile(tx, auditContextOf(request), requirePrincipal(request), request.body),
      ),
  );

  // The CV upload is the feature's one multipart route; the parser lives in its own scope, as the
  // zone module keeps its own, so that no other route accepts multipart bodies by accident.
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: CV_MAX_BYTES, files: 1, fields: 0, parts: 1 } });
    scope.withTypeProvider<ZodTypeProvider>().put(
      '/api/talent/profiles/me/cv',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: 'Upload or replace the CV (multipart field `file`; PDF; at most 5 MB)',
          response: { 200: ProfileView },
        },
      },
      async (request) => {
        const userId = requirePrincipal(request).userId;
        const upload = await readCvUpload(request);
        return inTransaction(db, async (tx) => {
          const row = await replaceCv(tx, ctx.files, auditContextOf(request), userId, upload);
          return profileViewOf(tx, row, 'owner');
        });
      },
    );
  });

  r.delete(
    '/api/talent/profiles/me/cv',
    {
      config: { access: access.signedIn },
      schema: { tags, summary: 'Remove the CV from the profile', response: { 200: ProfileView } },
    },
    async (request) =>
      inTransaction(db, async (tx) => {
        const row = await removeCv(tx, auditContextOf(request), requirePrincipal(request).userId);
        return profileViewOf(tx, row, 'owner');
      }),
  );

  r.get(
    '/api/talent/profiles',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary:
          'Profiles the caller may find (public; recruiters-only for approved employers; own university for a career office)',
        querystring: ProfileListQuery,
        response: { 200: ProfilePage },
      },
    },
    async (request) => findProfiles(db, await resolveViewer(db, request.principal), request.query),
  );

  r.get(
    '/api/talent/profiles/:profileId',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: 'A profile as the caller may see it (404 when they may not)',
        params: ProfileParams,
        response: { 200: ProfileView },
      },
    },
    async (request) => profileView(db, await resolveViewer(db, request.principal), request.params.profileId),
  );

  r.get(
    '/api/talent/profiles/:profileId/cv',
    {
      config: { access: access.public },
      schema: {
        tags,
        summary: 'Download the CV (the person, their career office, approved employers; else 404)',
        params: ProfileParams,
      },
    },
    async (request, reply) => {
      const fileId = await cvFileFor(
        db,
        await resolveViewer(db, request.principal),
        request.params.profileId,
      );
      const file = await ctx.files.get(db, fileId);
      return reply
        .header('content-type', file.mimeType)
        .header(
          'content-disposition',
          `attachment; filename="cv.pdf"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('content-length', String(file.sizeBytes))
        .send(ctx.files.read(file.id));
    },
  );
}
