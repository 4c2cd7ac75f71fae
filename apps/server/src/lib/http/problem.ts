import fs from 'node:fs';
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorKind, type FieldError, fromDatabaseError } from '../errors.ts';

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
  // An error raised without a message (some of better-auth's) still gets a title: the status text.
  const title = error.message || STATUS_CODES[error.status] || 'Error';
  const body: ProblemBody = {
    type: `https://inohub.dev/problems/${error.code.replaceAll('.', '/')}`,
    title,
    status: error.status,
    detail: error.errors.length > 0 ? error.errors.map((e) => `${e.field}: ${e.message}`).join('; ') : title,
    code: error.code,
    errors: error.errors,
    requestId: request.id,
    ...error.extra,
  };
  return reply.status(error.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

/**
 * Fastify's own client errors (raised before a route handler runs: body parsing, limits,
 * content type) as our errors: a readable code and, where a part of the request is at fault,
 * the field naming it.
 */
const FRAMEWORK_ERRORS: Record<string, { kind: ErrorKind; code: string; field?: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    kind: 'invalid',
    code: 'http.invalid_json',
    field: 'body',
    message: 'is not valid JSON',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    kind: 'invalid',
    code: 'http.empty_body',
    field: 'body',
    message: 'is empty but the content type says JSON',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    kind: 'too_large',
    code: 'http.body_too_large',
    field: 'body',
    message: 'is larger than the server accepts',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    kind: 'invalid',
    code: 'http.invalid_content_length',
    field: 'headers.content-length',
    message: 'does not match the body',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    kind: 'unsupported_media_type',
    code: 'http.unsupported_media_type',
    field: 'headers.content-type',
    message: 'is not accepted here (send application/json)',
  },
  FST_ERR_CTP_INVALID_TYPE: {
    kind: 'unsupported_media_type',
    code: 'http.unsupported_media_type',
    field: 'headers.content-type',
    message: 'is not a valid media type',
  },
  FST_ERR_CTP_EMPTY_TYPE: {
    kind: 'unsupported_media_type',
    code: 'http.unsupported_media_type',
    field: 'headers.content-type',
    message: 'is empty',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    kind: 'uri_too_long',
    code: 'http.uri_too_long',
    field: 'path',
    message: 'has a segment longer than the server accepts',
  },
  FST_ERR_BAD_URL: {
    kind: 'invalid',
    code: 'http.bad_url',
    field: 'path',
    message: 'is not a valid URL component',
  },
};

const KIND_OF_STATUS: Partial<Record<number, ErrorKind>> = {
  400: 'invalid',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  410: 'gone',
  413: 'too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** A Fastify or plugin error carrying a 4xx status → AppError (known codes name their field). */
export function fromFrameworkError(err: FastifyError): AppError {
  const known = err.code ? FRAMEWORK_ERRORS[err.code] : undefined;
  if (known) {
    const errors = known.field ? [{ field: known.field, message: known.message, code: known.code }] : [];
    const title = known.field ? `The ${known.field.replace('headers.', '')} ${known.message}` : known.message;
    return new AppError(known.kind, known.code, title, errors);
  }
  const status = err.statusCode ?? 400;
  const kind = KIND_OF_STATUS[status] ?? 'invalid';
  const code = err.code ? `http.${err.code.toLowerCase().replace(/^fst_err_/, '')}` : 'http.bad_request';
  return new AppError(kind, code, err.message, [], {}, status);
}

/**
 * Errors Fastify raises before routing (`frameworkErrors`): a path parameter over
 * `maxParamLength` (414), an undecodable URL (400). Without this they are plain JSON.
 */
export function frameworkErrorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  reply.header('x-request-id', request.id).header('cache-control', 'no-store');
  if (err.statusCode && err.statusCode < 500) {
    sendProblem(reply, request, fromFrameworkError(err));
    return;
  }
  request.log.error({ err }, 'framework error');
  sendProblem(reply, request, internalError());
}

const internalError = () =>
  new AppError(
    'internal',
    'internal',
    'Something went wrong on our side. Quote the request id if you contact support.',
  );

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
      return sendProblem(reply, request, fromFrameworkError(err));
    } else {
      request.log.error({ err }, 'unhandled error');
    }
    return sendProblem(reply, request, internalError());
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
