import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import type { AppContext } from '../app-context.ts';
import { parseEnv } from '../config/env.ts';
import { runMigrations } from '../lib/db/migrate.ts';
import type { AppDatabase } from '../lib/db/open.ts';
import { openPglite } from '../lib/db/pglite.ts';
import { openPostgres } from '../lib/db/postgres.ts';
import { FileStore } from '../lib/files/file-store.ts';
import { Mailer } from '../lib/mail/mailer.ts';
import { createUserWithPassword, type Role, systemAuditContext } from '../modules/identity/index.ts';

/**
 * A real app on a real database: in-memory PGlite, or — when TEST_DATABASE_URL is set — a fresh
 * database created on that PostgreSQL server for this test file and dropped afterwards.
 */
export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  close(): Promise<void>;
}

async function openTestDatabase(): Promise<{
  database: AppDatabase;
  url?: string;
  drop: () => Promise<void>;
}> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openPglite({});
    return { database, drop: async () => undefined };
  }
  const name = `inohub_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await openPostgres(serverUrl, 1);
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 5);
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}

export async function createTestApp(options: { signInPerMinute?: number } = {}): Promise<TestApp> {
  const { database, url, drop } = await openTestDatabase();
  await runMigrations(database);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-test-'));
  // The env says which database is in use, as in production (the backup route reads it).
  const env = parseEnv({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: url });
  const ctx: AppContext = {
    env,
    database,
    db: database.db,
    mailer: new Mailer(undefined, env.MAIL_FROM),
    files: new FileStore(path.join(dataDir, 'files')),
    baseUrl: 'http://localhost:3000',
  };
  const app = await buildApp(ctx, {
    secret: 'test-secret-test-secret-test-secret-1234',
    logger: false,
    signInPerMinute: options.signInPerMinute ?? 1000,
  });
  await app.ready();
  return {
    app,
    ctx,
    async close() {
      await app.close();
      await database.close();
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

export interface SignedIn {
  userId: string;
  email: string;
  cookie: string;
}

/** Creates a verified user with the given roles and signs in through the real endpoint. */
export async function loginAs(
  t: TestApp,
  roles: Role[] | Role,
  overrides: { email?: string; name?: string } = {},
): Promise<SignedIn> {
  const list = Array.isArray(roles) ? roles : [roles];
  counter++;
  const email =
    overrides.email ??
    `${list.join('-') || 'user'}-${counter}-${Math.random().toString(36).slice(2, 7)}@test.inohub`;
  const password = 'correct horse battery staple';
  const user = await createUserWithPassword(t.ctx.db, systemAuditContext, {
    email,
    name: overrides.name ?? `Test ${list.join(' ')}`,
    password,
    roles: list,
  });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return { userId: user.id, email, cookie: cookieHeader(res) };
}

/** The Cookie header a browser would send back after this response. */
export function cookieHeader(res: LightMyRequestResponse): string {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}
