import fs from 'node:fs';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldError, fromDatabaseError } from '../errors.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: FieldError[];
  requestId?: string;
  [extra: string]: unknown;
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  const body: ProblemBody = {
    type: `https://inohub.dev/problems/${error.code.replaceAll('.', '/')}`,
    title: error.message,
    status: error.status,
    detail:
      error.errors.length > 0
        ? error.errors.map((e) => `${e.field}: ${e.message}`).join('; ')
        : error.message,
    code: error.code,
    errors: error.errors,
    requestId: request.id,
    ...error.extra,
  };
  return reply.status(error.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

type ValidationEntry = {
  instancePath: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
};

/** zod issues (as fastify-type-provider-zod passes them) → one FieldError per bad field. */
function validationToAppError(
  error: { validation: ValidationEntry[] },
  context: string | undefined,
): AppError {
  const where = context ?? 'body';
  const errors: FieldError[] = error.validation.flatMap((v) => {
    const pointer = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const prefix = pointer ? `${where}.${pointer}` : where;
    const keys = v.params?.keys as string[] | undefined;
    // An unknown key is reported on its parent object; name each offending key itself.
    if (v.keyword === 'unrecognized_keys' && keys?.length) {
      return keys.map((key) => ({
        field: `${prefix}.${key}`,
        message: 'is not an accepted field',
        code: 'unrecognized_keys',
      }));
    }
    return [{ field: prefix, message: v.message ?? 'Invalid value', code: v.keyword ?? 'invalid' }];
  });
  return new AppError('invalid', 'validation.failed', 'The request has invalid fields', errors);
}

/** The one place where errors become HTTP responses. Every 4xx and 5xx is problem+json. */
export function registerProblemHandlers(app: FastifyInstance, options: { spaIndex?: string } = {}): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) return sendProblem(reply, request, err);
    if (hasZodFastifySchemaValidationErrors(err)) {
      return sendProblem(reply, request, validationToAppError(err, err.validationContext));
    }
    const fromDb = fromDatabaseError(err);
    if (fromDb) return sendProblem(reply, request, fromDb);
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response did not match its schema');
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own client errors: bad JSON, body too large, unsupported media type …
      const kind =
        err.statusCode === 413
          ? 'too_large'
          : err.statusCode === 429
            ? 'rate_limited'
            : err.statusCode === 404
              ? 'not_found'
              : 'invalid';
      const code = `http.${err.code?.toLowerCase() ?? 'bad_request'}`;
      return sendProblem(reply, request, new AppError(kind, code, err.message, [], {}, err.statusCode));
    } else {
      request.log.error({ err }, 'unhandled error');
    }
    return sendProblem(
      reply,
      request,
      new AppError(
        'internal',
        'internal',
        'Something went wrong on our side. Quote the request id if you contact support.',
      ),
    );
  });

  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the web app: any GET outside /api gets the app shell.
    // A missing file (/assets/x.js) stays a 404: the shell in its place would break the page silently.
    const path = request.url.split('?')[0] ?? '';
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      !/\.\w+$/.test(path);
    if (isPage && options.spaIndex && fs.existsSync(options.spaIndex)) {
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(fs.createReadStream(options.spaIndex));
    }
    return sendProblem(
      reply,
      request,
      new AppError('not_found', 'http.not_found', `No route ${request.method} ${request.url.split('?')[0]}`),
    );
  });
}
