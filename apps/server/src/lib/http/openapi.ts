import type { Access, RoutePolicy } from './access.ts';

// Completes the OpenAPI document @fastify/swagger builds from the routes' zod schemas with what the
// routes already declare elsewhere, so that nobody writes it twice: an operationId per operation,
// the session cookie as the security of every signed-in operation (`security: []` on public ones,
// from `config.access`), and the problem+json responses an operation can answer.

export const SESSION_SCHEME = 'session';
export const PROBLEM_SCHEMA = 'Problem';

/** RFC 9457 problem details as every error of the API is sent (lib/http/problem.ts). */
export const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details; `errors` names each field at fault.',
  required: ['type', 'title', 'status', 'detail', 'code', 'errors'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', description: 'Stable machine-readable code, e.g. `zone.lease_overlaps`.' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: {
            type: 'string',
            description: 'Where: `body.inn`, `query.page`, `params.id`, `rows.12.email`.',
          },
          message: { type: 'string' },
          code: { type: 'string' },
        },
      },
    },
    requestId: { type: 'string' },
  },
  additionalProperties: true,
} as const;

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA}` } } },
});

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Operation {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  [key: string]: unknown;
}

type Document = {
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
};

const pascal = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('');

/**
 * A readable, stable operationId from the method and the path: `GET /api/zone/zones/{zoneId}` →
 * `getZoneZonesByZoneId`. It changes only when the route's address does, which a client notices anyway.
 */
export function operationIdOf(method: string, path: string): string {
  const parts = path
    .split('/')
    .filter((s) => s && s !== 'api')
    .map((s) => {
      const param = /^\{(.+)\}$/.exec(s) ?? /^:(.+)$/.exec(s);
      return param ? `By${pascal(param[1] ?? '')}` : pascal(s);
    });
  return method.toLowerCase() + parts.join('');
}

/** `/api/zone/zones/:zoneId` (Fastify) as the document writes it: `/api/zone/zones/{zoneId}`. */
const documentPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

export function completeOpenApi(document: Document, policies: readonly RoutePolicy[]): Document {
  const accessOf = new Map<string, Access>();
  for (const p of policies) accessOf.set(`${p.method.toLowerCase()} ${documentPath(p.url)}`, p.access);
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const access = accessOf.get(`${method} ${path}`) ?? { kind: 'public' };
      op.operationId ??= operationIdOf(method, path);
      op.security = access.kind === 'public' ? [] : [{ [SESSION_SCHEME]: [] }];
      op.responses ??= {};
      const responses = op.responses;
      const hasPathParams = (op.parameters ?? []).some((p) => p.in === 'path');
      const add = (status: string, description: string) => {
        responses[status] ??= problem(description);
      };
      // Every operation can answer 400: the framework refuses a URL it cannot decode before routing.
      add('400', 'The request is malformed or its input invalid: `errors` names each field');
      if (op.requestBody) add('415', 'The body is not JSON (or not multipart, where a file is uploaded)');
      if (access.kind !== 'public') add('401', 'Not signed in');
      if (access.kind === 'roles' || (hasPathParams && access.kind !== 'public'))
        add('403', 'Not allowed for this account or record');
      if (hasPathParams) add('404', 'No such record, or not visible to the caller');
    }
  }
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, [PROBLEM_SCHEMA]: problemSchema },
  };
  return document;
}
