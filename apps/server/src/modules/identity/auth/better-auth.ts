import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import type { Locale, Mailer } from '../../../lib/mail/mailer.ts';
import { accounts, rateLimits, sessions, users, verifications } from '../identity.tables.ts';
import { resetPasswordTemplate, verifyEmailTemplate } from '../mail-templates.ts';

/** Header through which we hand better-auth the client address Fastify computed (trust-proxy aware). */
export const CLIENT_IP_HEADER = 'x-inohub-client-ip';

export interface AuthDeps {
  db: Db;
  mailer: Mailer;
  secret: string;
  baseUrl: string;
  trustedOrigins: string[];
  secureCookies: boolean;
  /** Sign-in attempts per IP per minute (ASVS: at most 6). */
  signInPerMinute?: number;
}

const asLocale = (v: unknown): Locale => (v === 'en' ? 'en' : 'ru');

export function createAuth(deps: AuthDeps) {
  const { db, mailer } = deps;
  const afterMail = () => {
    // Delivery happens after the auth transaction; failures are retried by the outbox loop.
    void mailer.deliverPending(db).catch(() => undefined);
  };
  return betterAuth({
    appName: 'Inohub',
    baseURL: deps.baseUrl,
    basePath: '/api/auth',
    secret: deps.secret,
    trustedOrigins: deps.trustedOrigins,
    telemetry: { enabled: false },
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        rateLimit: rateLimits,
      },
    }),
    user: {
      additionalFields: {
        locale: { type: 'string', required: false, defaultValue: 'ru', input: true },
        timeZone: { type: 'string', required: false, defaultValue: 'Asia/Tomsk', input: true },
      },
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }) => {
        const locale = asLocale((user as { locale?: string }).locale);
        await mailer.enqueue(db, {
          to: user.email,
          locale,
          template: resetPasswordTemplate,
          params: { name: user.name, url },
        });
        afterMail();
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: 60 * 60 * 24,
      sendVerificationEmail: async ({ user, url }) => {
        const locale = asLocale((user as { locale?: string }).locale);
        await mailer.enqueue(db, {
          to: user.email,
          locale,
          template: verifyEmailTemplate,
          params: { name: user.name, url },
        });
        afterMail();
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7, // absolute: a week
      updateAge: 60 * 60 * 24, // sliding refresh once a day
      freshAge: 60 * 10, // step-up: sensitive actions need a sign-in within 10 minutes
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: deps.signInPerMinute ?? 6 },
        '/sign-up/email': { window: 60, max: 10 },
        '/request-password-reset': { window: 60, max: 5 },
        '/send-verification-email': { window: 60, max: 5 },
      },
    },
    advanced: {
      cookiePrefix: 'inohub',
      useSecureCookies: deps.secureCookies,
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => crypto.randomUUID() },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account gets no new session, whatever the password.
          before: async (session) => {
            const [u] = await db
              .select({ disabledAt: users.disabledAt })
              .from(users)
              .where(eq(users.id, session.userId));
            if (u?.disabledAt) return false;
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
