import { inTransaction } from '../../../lib/db/transaction.ts';
import type { Db } from '../../../lib/db/types.ts';
import type { AuditContext } from '../audit/service.ts';
import { recordConsent } from '../consent/service.ts';
import type { Role } from '../roles.ts';
import { createUserWithPassword } from '../users/service.ts';

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  locale?: 'ru' | 'en';
  timeZone?: string;
  /** Self-service roles only; the route's schema has already refused the others. */
  roles: readonly Role[];
  ip: string | null;
}

/**
 * Creates a self-service account: the user, its password credential, the consent to processing
 * (152-FZ art. 9, with the version of its text) and the chosen roles commit together or not at all,
 * so no account can exist without the consent it was created under.
 *
 * The account is created here rather than by better-auth's sign-up endpoint because that endpoint
 * commits the user in its own transaction, which the consent and role rows cannot join. The
 * credential is hashed with better-auth's own scrypt hasher, so its sign-in verifies it as usual.
 */
export async function signUpWithPassword(db: Db, audit: AuditContext, input: SignUpInput) {
  return inTransaction(db, async (tx) => {
    const user = await createUserWithPassword(tx, audit, {
      email: input.email,
      name: input.name,
      password: input.password,
      locale: input.locale,
      timeZone: input.timeZone,
      roles: [...input.roles],
      emailVerified: false,
    });
    await recordConsent(tx, { userId: user.id, purpose: 'processing', granted: true, ip: input.ip });
    return user;
  });
}
