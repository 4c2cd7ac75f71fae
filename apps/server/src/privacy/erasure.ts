import { eq } from 'drizzle-orm';
import { inTransaction } from '../lib/db/transaction.ts';
import type { Db } from '../lib/db/types.ts';
import { mailOutbox } from '../lib/mail/outbox.tables.ts';
import { eraseDirectoryPerson } from '../modules/directory/index.ts';
import {
  accountsDueForErasure,
  eraseIdentity,
  recordAudit,
  systemAuditContext,
} from '../modules/identity/index.ts';

/**
 * The erasure job: every account whose grace period has run out loses its personal data in all
 * modules, in one transaction per person. Records under legal hold (applications, reports, the audit
 * log) keep the pseudonymous id. The audit log gets the destruction record: what was removed, when.
 */
export async function eraseDueAccounts(db: Db, now: Date = new Date()): Promise<number> {
  const due = await accountsDueForErasure(db, now);
  for (const person of due) {
    await inTransaction(db, async (tx) => {
      const removed = {
        ...(await eraseDirectoryPerson(tx, person.id)),
        mail_outbox: (
          await tx
            .delete(mailOutbox)
            .where(eq(mailOutbox.toAddress, person.email))
            .returning({ id: mailOutbox.id })
        ).length,
        ...(await eraseIdentity(tx, person.id, person.email)),
      };
      await recordAudit(tx, systemAuditContext, {
        action: 'privacy.erased',
        objectType: 'user',
        objectId: person.id,
        details: { removed, pseudonymized: ['users.name', 'users.email', 'users.image'] },
      });
    });
  }
  return due.length;
}
