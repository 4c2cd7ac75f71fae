import multipart from '@fastify/multipart';
import {
  CareerOfficeView,
  ExportQuery,
  IMPORT_MAX_BYTES,
  ImportList,
  ImportListQuery,
  ImportParams,
  ImportQuery,
  ImportView,
  TemplateQuery,
} from '@inohub/contracts/talent/imports';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { AppError } from '../../../lib/errors.ts';
import { access } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import { resolveViewer } from '../policy.ts';
import { careerOfficeUniversities, exportProfiles, fileOf, templateRows } from './export.ts';
import { localeOf } from './messages.ts';
import { getImport, listImports, runImport } from './service.ts';

// Routes of the imports feature (docs/domain/talent.md, "Imports"). Thin: the rules are in service.ts.

const careerOffice = { access: access.roles('career_office', 'admin') };
const signedIn = { access: access.signedIn };
const open = { access: access.public };
const tags = ['talent: imports'];

const MIME = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

async function readImportFile(request: FastifyRequest): Promise<{ fileName: string; data: Buffer }> {
  const missing = new AppError(
    'invalid',
    'talent.import_file_missing',
    'Send the file as multipart field "file"',
    [{ field: 'file', message: 'is required' }],
  );
  if (!request.isMultipart()) throw missing;
  const part = await request.file({ limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 0 } });
  if (!part) throw missing;
  const data = await part.toBuffer();
  if (part.file.truncated) {
    throw new AppError('too_large', 'files.too_large', 'The file is larger than 20 MB', [
      { field: 'file', message: 'is too large' },
    ]);
  }
  return { fileName: part.filename, data };
}

function sendFile(reply: FastifyReply, format: 'csv' | 'xlsx', name: string, data: Buffer) {
  return reply
    .header('content-type', MIME[format])
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(data);
}

const todayInTomsk = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tomsk',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

export function registerImportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db;
  // Multipart in this feature's own scope, unless a parent scope registered it already.
  app.register(async (scope) => {
    if (!scope.hasRequestDecorator('isMultipart')) {
      await scope.register(multipart, {
        limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 0, parts: 1 },
      });
    }
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.post(
      '/api/talent/imports',
      {
        config: careerOffice,
        schema: {
          tags,
          summary:
            'Import students and graduates or their outcomes (multipart field `file`: CSV or XLSX, at most 20 MB); all rows or none',
          querystring: ImportQuery,
          response: { 201: ImportView },
        },
      },
      async (request, reply) => {
        const viewer = await resolveViewer(db, request.principal);
        const { universityId, kind } = request.query;
        if (!(viewer.careerOfficeOf.has(universityId) || viewer.isAdmin)) {
          throw new AppError(
            'forbidden',
            'talent.not_career_office',
            'Only the career office of this university may import',
          );
        }
        const file = await readImportFile(request);
        const view = await runImport(
          db,
          auditContextOf(request),
          viewer,
          localeOf(request.principal?.locale),
          {
            universityId,
            kind,
            fileName: file.fileName,
            data: file.data,
            today: todayInTomsk(),
          },
        );
        return reply.status(201).send(view);
      },
    );

    r.get(
      '/api/talent/imports',
      {
        config: careerOffice,
        schema: {
          tags,
          summary: "A university's import history, newest first",
          querystring: ImportListQuery,
          response: { 200: ImportList },
        },
      },
      async (request) =>
        listImports(
          db,
          await resolveViewer(db, request.principal),
          localeOf(request.principal?.locale),
          request.query.universityId,
        ),
    );

    r.get(
      '/api/talent/imports/template',
      {
        config: open,
        schema: {
          tags,
          summary: 'An import template: headers in Russian and English and one example row',
          querystring: TemplateQuery,
        },
      },
      async (request, reply) => {
        const { kind, format } = request.query;
        return sendFile(
          reply,
          format,
          `inohub-${kind}-template`,
          await fileOf(format, kind, templateRows(kind)),
        );
      },
    );

    r.get(
      '/api/talent/imports/:importId',
      {
        config: careerOffice,
        schema: {
          tags,
          summary: 'One import with its errors',
          params: ImportParams,
          response: { 200: ImportView },
        },
      },
      async (request) =>
        getImport(
          db,
          await resolveViewer(db, request.principal),
          localeOf(request.principal?.locale),
          request.params.importId,
        ),
    );

    r.get(
      '/api/talent/exports/profiles',
      {
        config: careerOffice,
        schema: {
          tags,
          summary: 'Every profile of a university as CSV or XLSX (formula-like cells neutralised; audited)',
          querystring: ExportQuery,
        },
      },
      async (request, reply) => {
        const viewer = await resolveViewer(db, request.principal);
        const { universityId, format } = request.query;
        const rows = await inTransaction(db, (tx) =>
          exportProfiles(
            tx,
            auditContextOf(request),
            viewer,
            localeOf(request.principal?.locale),
            universityId,
          ),
        );
        return sendFile(reply, format, 'profiles', await fileOf(format, 'Profiles', rows));
      },
    );

    r.get(
      '/api/talent/career-office',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The universities the caller may import for',
          response: { 200: CareerOfficeView },
        },
      },
      async (request) => careerOfficeUniversities(db, await resolveViewer(db, request.principal)),
    );
  });
}
