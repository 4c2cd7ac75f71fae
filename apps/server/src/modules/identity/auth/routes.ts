import { setTimeout as sleep } from 'node:timers/promises';
import { hashPassword } from 'better-auth/crypto';
import { fromNodeHeaders } from 'better-auth/node';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../../lib/db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { access } from '../../../lib/http/access.ts';
import type { Mailer } from '../../../lib/mail/mailer.ts';
import { auditContextOf } from '../audit/service.ts';
import { users } from '../identity.tables.ts';
import { alreadyRegisteredTemplate } from '../mail-templates.ts';
import { type Role, SELF_SERVICE_ROLES } from '../roles.ts';
import { clearFailures, delayFor, recentFailures, recordFailure } from '../throttle/sign-in-throttle.ts';
import { type Auth, CLIENT_IP_HEADER } from './better-auth.ts';
import { PasswordSchema } from './password-policy.ts';
import { signUpWithPassword } from './sign-up.ts';
import { consumeSignUpAllowance } from './sign-up-limit.ts';

const SignUpBody = z
  .object({
    name: z.string().trim().min(1, 'is required').max(200),
    email: z.email('must be an email address').max(254),
    password: PasswordSchema,
    locale: z.enum(['ru', 'en']).optional(),
    timeZone: z.string().max(64).optional(),
    callbackURL: z.string().max(500).optional(),
    /** Consent to processing (152-FZ art. 9), recorded in the consent ledger with the text's version. */
    consent: z.literal(true, 'consent to the processing of personal data is required'),
    /** What the person comes for; only self-service roles, the rest are granted by an administrator. */
    roles: z
      .array(z.enum(SELF_SERVICE_ROLES as [Role, ...Role[]]))
      .max(5)
      .optional(),
  })
  .strict();

const SignInBody = z
  .object({
    email: z.string().max(254),
    password: z.string().max(1024),
    rememberMe: z.boolean().optional(),
    callbackURL: z.string().max(500).optional(),
  })
  .strict();

const ResetBody = z.object({ newPassword: PasswordSchema, token: z.string().min(1).max(500) }).strict();
const ChangeBody = z
  .object({
    currentPassword: z.string().max(1024),
    newPassword: PasswordSchema,
    revokeOtherSessions: z.boolean().optional(),
  })
  .strict();

function parseOr400<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw new AppError(
    'invalid',
    'validation.failed',
    'The request has invalid fields',
    result.error.issues.map((i) => ({
      field: ['body', ...i.path].join('.'),
      message: i.message,
      code: i.code,
    })),
  );
}

export interface AuthRouteDeps {
  auth: Auth;
  db: Db;
  mailer: Mailer;
  baseUrl: string;
}

/** Turns the Fastify request into a web Request for better-auth (its Fastify integration guide). */
function toWebRequest(request: FastifyRequest, body: unknown): Request {
  const url = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`);
  const headers = fromNodeHeaders(request.headers);
  // The client address as Fastify sees it (trust-proxy aware); a spoofed header is overwritten.
  headers.set(CLIENT_IP_HEADER, request.ip);
  const init: RequestInit = { method: request.method, headers };
  if (request.method !== 'GET' && request.method !== 'HEAD' && body !== undefined) {
    init.body = JSON.stringify(body);
    headers.set('content-type', 'application/json');
  }
  return new Request(url.toString(), init);
}

async function relay(reply: FastifyReply, response: Response): Promise<FastifyReply> {
  reply.status(response.status);
  for (const [key, value] of response.headers) {
    if (key === 'set-cookie' || key === 'content-length') continue;
    reply.header(key, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
  const text = await response.text();
  if (response.status >= 400) {
    // better-auth answers { code, message }; we answer problem+json like every other route.
    let payload: { code?: string; message?: string } = {};
    try {
      payload = JSON.parse(text);
    } catch {
      payload = { message: text };
    }
    const code = `auth.${(payload.code ?? 'error').toLowerCase()}`;
    const kind =
      response.status === 429
        ? 'rate_limited'
        : response.status === 401
          ? 'unauthenticated'
          : response.status === 403
            ? 'forbidden'
            : 'invalid';
    throw new AppError(kind, code, payload.message ?? 'Authentication failed', [], {}, response.status);
  }
  return reply.send(text.length ? text : null);
}

export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const { auth, db, mailer } = deps;
  const forward = (request: FastifyRequest, body: unknown = request.body) =>
    auth.handler(toWebRequest(request, body));
  const publicRoute = { config: { access: access.public }, schema: { hide: true } } as const;

  app.post('/api/auth/sign-up/email', publicRoute, async (request, reply) => {
    const body = parseOr400(SignUpBody, request.body);
    const email = body.email.trim().toLowerCase();
    const [existing] = await db
      .select({ id: users.id, locale: users.locale })
      .from(users)
      .where(eq(users.email, email));
    if (existing) {
      // Same answer as a new sign-up (no account enumeration); the owner learns of it by mail.
      await hashPassword(body.password); // keeps the timing of both paths alike
      await mailer.enqueue(db, {
        to: email,
        locale: existing.locale === 'en' ? 'en' : 'ru',
        template: alreadyRegisteredTemplate,
        params: { url: `${deps.baseUrl}/sign-in` },
      });
      void mailer.deliverPending(db).catch(() => undefined);
      return reply.send({ status: 'verification_sent' });
    }
    await consumeSignUpAllowance(db, request.ip);
    await signUpWithPassword(db, auditContextOf(request), {
      name: body.name,
      email,
      password: body.password,
      locale: body.locale,
      timeZone: body.timeZone,
      roles: [...new Set(body.roles ?? [])],
      ip: request.ip,
    });
    // After the commit: the address is confirmed through better-auth's verification link.
    await auth.api.sendVerificationEmail({ body: { email, callbackURL: body.callbackURL } });
    return reply.send({ status: 'verification_sent' });
  });

  app.post('/api/auth/sign-in/email', publicRoute, async (request, reply) => {
    const body = parseOr400(SignInBody, request.body);
    const failures = await recentFailures(db, body.email);
    const delay = delayFor(failures);
    if (delay > 0) await sleep(delay);
    const response = await forward(request, body);
    if (response.status === 401) await recordFailure(db, body.email);
    if (response.ok) await clearFailures(db, body.email);
    return relay(reply, response);
  });

  app.post('/api/auth/reset-password', publicRoute, async (request, reply) => {
    const body = parseOr400(ResetBody, request.body);
    return relay(reply, await forward(request, body));
  });

  app.post(
    '/api/auth/change-password',
    { ...publicRoute, config: { access: access.signedIn } },
    async (request, reply) => {
      const body = parseOr400(ChangeBody, request.body);
      return relay(reply, await forward(request, body));
    },
  );

  // Everything else better-auth offers (sign-out, get-session, verify-email, request-password-reset …).
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    ...publicRoute,
    handler: async (request, reply) => relay(reply, await forward(request)),
  });
}
