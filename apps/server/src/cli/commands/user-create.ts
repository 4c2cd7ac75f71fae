import { randomBytes } from 'node:crypto';
import type { Env } from '../../config/env.ts';
import { inTransaction } from '../../lib/db/transaction.ts';
import {
  createUserWithPassword,
  isRole,
  PasswordSchema,
  type Role,
  systemAuditContext,
} from '../../modules/identity/index.ts';
import { CliError, openCliContext } from '../open-context.ts';

export interface UserCreateOptions {
  email: string;
  name: string;
  role: string[];
  password?: string;
}

/** Creates a verified account; without --password a strong one is generated and returned to print once. */
export async function runUserCreate(
  env: Env,
  options: UserCreateOptions,
): Promise<{ userId: string; password: string; generated: boolean }> {
  const unknown = options.role.filter((r) => !isRole(r));
  if (unknown.length) throw new CliError(`Unknown role(s): ${unknown.join(', ')}`);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(options.email))
    throw new CliError(`Not an email address: ${options.email}`);
  const generated = options.password === undefined;
  const password = options.password ?? randomBytes(18).toString('base64url');
  const check = PasswordSchema.safeParse(password);
  if (!check.success) throw new CliError(`Password ${check.error.issues[0]?.message ?? 'is not acceptable'}`);
  const { ctx, opened } = await openCliContext(env);
  try {
    const user = await inTransaction(ctx.db, (tx) =>
      createUserWithPassword(
        tx,
        { ...systemAuditContext, actorRoles: ['cli'] },
        {
          email: options.email,
          name: options.name,
          password,
          roles: options.role as Role[],
          emailVerified: true,
        },
      ),
    );
    return { userId: user.id, password, generated };
  } finally {
    await opened.close();
  }
}
