import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from './app-context.ts';
import { publicUrl } from './config/env.ts';
import { AppError } from './lib/errors.ts';
import { access, registerAccessControl } from './lib/http/access.ts';
import { registerCsrfProtection } from './lib/http/csrf.ts';
import { completeOpenApi, SESSION_SCHEME } from './lib/http/openapi.ts';
import { frameworkErrorHandler, registerProblemHandlers, sendProblem } from './lib/http/problem.ts';
import { registerSecurityHeaders } from './lib/http/security-headers.ts';
import { loggerOptions } from './lib/logger.ts';
import { createAuth, createPrincipalResolver, registerAuthRoutes } from './modules/identity/index.ts';
import { registerModules } from './modules.ts';

export interface BuildAppOptions {
  /** Directory of the built web app; when present it is served with an SPA fallback. */
  webDist?: string;
  logger?: boolean;
  /** Where logs go instead of stdout (tests read them back). */
  logStream?: NodeJS.WritableStream;
  secret: string;
  /** Extra origins allowed to send cookie-bearing requests (the Vite dev server). */
  extraOrigins?: string[];
  /** Sign-in attempts per IP per minute; tests raise it. */
  signInPerMinute?: number;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions): Promise<FastifyInstance> {
  const env = ctx.env;
  const secure = ctx.baseUrl.startsWith('https://');
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(env.LOG_LEVEL, options.logStream),
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: env.TRUST_PROXY ?? false,
    bodyLimit: 1024 * 1024,
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    routerOptions: { maxParamLength: 200 },
    // One log line per request, written when it completes (see the onResponse hook below).
    logController: new LogController({ disableRequestLogging: true }),
    // Errors Fastify raises before routing (a path parameter over maxParamLength → 414, a URL
    // that cannot be decoded → 400) go through the same problem+json shape as every other error.
    frameworkErrors: frameworkErrorHandler,
    // Requests Node's HTTP parser rejects (raw non-ASCII in the URL, broken headers) get problem+json too.
    clientErrorHandler: (_err, socket) => {
      if (!socket.writable) return;
      const body = JSON.stringify({
        type: 'https://inohub.dev/problems/http/bad_request',
        title: 'Malformed HTTP request',
        status: 400,
        detail: 'The request could not be parsed (URLs must be percent-encoded).',
        code: 'http.malformed',
        errors: [],
      });
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Per-request headers in one synchronous hook: the request id everywhere, and no-store on the
  // API (personal data must not linger in shared caches or a public computer's back/forward cache).
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    done(null, payload);
  });
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      { req: request, res: { statusCode: reply.statusCode }, responseTime: reply.elapsedTime },
      'request completed',
    );
    done();
  });
  // JSON only: a text/plain body (which any cross-site form can send) is refused with 415.
  app.removeContentTypeParser('text/plain');

  registerProblemHandlers(app, {
    spaIndex: options.webDist ? path.join(options.webDist, 'index.html') : undefined,
  });
  await registerSecurityHeaders(app, { secure });
  await app.register(cookie);

  const trustedOrigins = [publicUrl(env), ctx.baseUrl, ...(options.extraOrigins ?? [])];
  registerCsrfProtection(app, trustedOrigins);

  const auth = createAuth({
    db: ctx.db,
    mailer: ctx.mailer,
    secret: options.secret,
    baseUrl: ctx.baseUrl,
    trustedOrigins,
    secureCookies: secure,
    signInPerMinute: options.signInPerMinute,
  });
  registerAccessControl(app, createPrincipalResolver(auth, ctx.db));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Inohub API',
        version: '0.1.0',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
        description:
          'REST API of Inohub, the regional innovation hub platform. Errors are application/problem+json with errors[] naming each field. Sign in with POST /api/auth/sign-in/email; the session is an httpOnly cookie.',
      },
      servers: [{ url: ctx.baseUrl }],
      components: {
        securitySchemes: {
          [SESSION_SCHEME]: {
            type: 'apiKey',
            in: 'cookie',
            name: 'inohub.session_token',
            description: 'The httpOnly session cookie set by POST /api/auth/sign-in/email.',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    // operationIds, security and problem responses come from what each route declares (lib/http/openapi.ts).
    transformObject: (documentObject) =>
      completeOpenApi(
        ('openapiObject' in documentObject ? documentObject.openapiObject : {}) as Parameters<
          typeof completeOpenApi
        >[0],
        app.routePolicies,
      ) as never,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get('/api/openapi.json', { config: { access: access.public }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  app.get(
    '/api/health',
    { config: { access: access.public }, schema: { tags: ['platform'], summary: 'The process is up' } },
    async () => ({
      status: 'ok',
    }),
  );
  app.get(
    '/api/ready',
    { config: { access: access.public }, schema: { tags: ['platform'], summary: 'The database answers' } },
    async (req, reply) => {
      try {
        await ctx.database.query('select 1');
        return { status: 'ready', database: ctx.database.kind };
      } catch {
        return sendProblem(
          reply,
          req,
          new AppError('unavailable', 'platform.database_unavailable', 'Database unavailable'),
        );
      }
    },
  );

  registerAuthRoutes(app, { auth, db: ctx.db, mailer: ctx.mailer, baseUrl: ctx.baseUrl });
  await registerModules(app, ctx);

  if (options.webDist && fs.existsSync(path.join(options.webDist, 'index.html'))) {
    // The root is a directory to the static handler (403); it is the app shell like any other page.
    app.get('/', { config: { access: access.public }, schema: { hide: true } }, (_request, reply) =>
      reply.callNotFound(),
    );
    await app.register(fastifyStatic, {
      root: options.webDist,
      // Looked up per request, so a rebuilt web app is served without a restart; misses fall
      // through to the not-found handler (SPA shell for pages, problem+json under /api).
      wildcard: true,
      index: false,
      maxAge: '1h',
      setHeaders: (res, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`))
          res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  return app;
}
