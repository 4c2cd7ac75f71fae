import { inTransaction } from '../lib/db/transaction.ts';
import type { Db } from '../lib/db/types.ts';
import type { ServerModule } from '../module.ts';
import { accountsDueForErasure, recordAudit, systemAuditContext } from '../modules/identity/index.ts';

/**
 * The erasure job: every account whose grace period has run out loses its personal data in all
 * modules, in one transaction per person, each module erasing its own rows (in reverse dependency
 * order, so rows go before the rows they point to). Records under legal hold (applications, reports,
 * the audit log) keep the pseudonymous id. The audit log gets the destruction record.
 */
export async function eraseDueAccounts(
  db: Db,
  modules: readonly ServerModule[],
  now: Date = new Date(),
): Promise<number> {
  const due = await accountsDueForErasure(db, now);
  const erasers = [...modules].reverse().filter((m) => m.erasePerson);
  for (const person of due) {
    await inTransaction(db, async (tx) => {
      let removed: Record<string, number> = {};
      for (const m of erasers) removed = { ...removed, ...(await m.erasePerson?.(tx, person)) };
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
