import { eq } from 'drizzle-orm';
import type { Db } from '../db/types.ts';
import { mailOutbox } from './outbox.tables.ts';

/** Mail to an erased person's address goes with them (it holds their name and links). */
export async function eraseMail(tx: Db, email: string): Promise<Record<string, number>> {
  const removed = await tx
    .delete(mailOutbox)
    .where(eq(mailOutbox.toAddress, email))
    .returning({ id: mailOutbox.id });
  return { mail_outbox: removed.length };
}
