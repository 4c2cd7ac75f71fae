import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/types.ts';
import { mailOutbox } from './outbox.tables.ts';

export type Locale = 'ru' | 'en';

export interface MailContent {
  subject: string;
  text: string;
  html?: string;
}

/** A template gives the mail in both languages; the recipient's locale picks one. */
export type MailTemplate<P> = {
  name: string;
  render(params: P, locale: Locale): MailContent;
};

export interface OutgoingMail<P> {
  to: string;
  locale: Locale;
  template: MailTemplate<P>;
  params: P;
}

const MAX_ATTEMPTS = 8;

export class Mailer {
  private readonly transport: Transporter | null;

  constructor(
    smtpUrl: string | undefined,
    private readonly from: string,
  ) {
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  }

  get hasSmtp(): boolean {
    return this.transport !== null;
  }

  /**
   * Records the mail in the outbox inside the caller's transaction. Delivery happens after
   * commit (`deliverPending`), so a rolled-back action never sends mail.
   */
  async enqueue<P>(db: Db, mail: OutgoingMail<P>): Promise<string> {
    const content = mail.template.render(mail.params, mail.locale);
    const [row] = await db
      .insert(mailOutbox)
      .values({
        toAddress: mail.to,
        subject: content.subject,
        textBody: content.text,
        htmlBody: content.html ?? null,
        locale: mail.locale,
        template: mail.template.name,
        status: this.transport ? 'pending' : 'held',
      })
      .returning({ id: mailOutbox.id });
    return row?.id ?? '';
  }

  /** Sends what is pending; failures are retried on the next call with a growing count. */
  async deliverPending(db: Db, limit = 50): Promise<{ sent: number; failed: number }> {
    if (!this.transport) return { sent: 0, failed: 0 };
    const rows = await db
      .select()
      .from(mailOutbox)
      .where(and(inArray(mailOutbox.status, ['pending', 'failed']), lt(mailOutbox.attempts, MAX_ATTEMPTS)))
      .orderBy(mailOutbox.createdAt)
      .limit(limit);
    let sent = 0;
    let failed = 0;
    for (const row of rows) {
      try {
        await this.transport.sendMail({
          from: this.from,
          to: row.toAddress,
          subject: row.subject,
          text: row.textBody,
          html: row.htmlBody ?? undefined,
        });
        await db
          .update(mailOutbox)
          .set({ status: 'sent', sentAt: new Date(), attempts: row.attempts + 1, updatedAt: new Date() })
          .where(eq(mailOutbox.id, row.id));
        sent++;
      } catch (err) {
        await db
          .update(mailOutbox)
          .set({
            status: 'failed',
            attempts: sql`${mailOutbox.attempts} + 1`,
            lastError: String((err as Error).message).slice(0, 500),
            updatedAt: new Date(),
          })
          .where(eq(mailOutbox.id, row.id));
        failed++;
      }
    }
    return { sent, failed };
  }

  close(): void {
    this.transport?.close();
  }
}

export async function listOutbox(db: Db, options: { to?: string; limit: number; offset: number }) {
  const where = options.to ? eq(mailOutbox.toAddress, options.to) : undefined;
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(mailOutbox)
      .where(where)
      .orderBy(desc(mailOutbox.createdAt))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(mailOutbox).where(where),
  ]);
  return { items: rows, total: total[0]?.n ?? 0 };
}
