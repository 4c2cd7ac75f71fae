import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigrations } from '../db/migrate.ts';
import { openPglite, type PgliteDatabase } from '../db/pglite.ts';
import { listOutbox, Mailer, type MailTemplate } from './mailer.ts';

/** Real SMTP: a local smtp-server receives what the mailer sends. */
const received: Array<{ to: string; raw: string }> = [];
let smtp: SMTPServer;
let port = 0;
let database: PgliteDatabase;

const greeting: MailTemplate<{ name: string }> = {
  name: 'test.greeting',
  render: ({ name }, locale) =>
    locale === 'en'
      ? { subject: `Hello ${name}`, text: `Hello ${name}` }
      : { subject: `Привет, ${name}`, text: `Привет, ${name}` },
};

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (d) => (raw += d));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  port = (smtp.server.address() as AddressInfo).port;
  database = await openPglite({});
  await runMigrations(database);
});
afterAll(async () => {
  await database?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('mailer', () => {
  it('delivers queued mail over SMTP in the recipient language and marks it sent', async () => {
    const mailer = new Mailer(`smtp://127.0.0.1:${port}`, 'Inohub <no-reply@inohub.test>');
    await mailer.enqueue(database.db, {
      to: 'ivan@example.ru',
      locale: 'ru',
      template: greeting,
      params: { name: 'Иван' },
    });
    await mailer.enqueue(database.db, {
      to: 'anna@example.de',
      locale: 'en',
      template: greeting,
      params: { name: 'Anna' },
    });
    expect(await mailer.deliverPending(database.db)).toEqual({ sent: 2, failed: 0 });
    expect(received.map((r) => r.to).sort()).toEqual(['anna@example.de', 'ivan@example.ru']);
    expect(received.find((r) => r.to === 'anna@example.de')?.raw).toContain('Hello Anna');
    const { items } = await listOutbox(database.db, { limit: 10, offset: 0 });
    expect(items.every((m) => m.status === 'sent' && m.sentAt)).toBe(true);
    mailer.close();
  });

  it('keeps mail in the outbox as held when no SMTP server is configured', async () => {
    const mailer = new Mailer(undefined, 'x@y.z');
    await mailer.enqueue(database.db, {
      to: 'held@example.ru',
      locale: 'ru',
      template: greeting,
      params: { name: 'Пётр' },
    });
    expect(await mailer.deliverPending(database.db)).toEqual({ sent: 0, failed: 0 });
    const { items } = await listOutbox(database.db, { to: 'held@example.ru', limit: 10, offset: 0 });
    expect(items).toEqual([expect.objectContaining({ status: 'held', subject: 'Привет, Пётр' })]);
  });

  it('records a failed delivery for retry instead of losing the mail', async () => {
    const mailer = new Mailer('smtp://127.0.0.1:1', 'x@y.z');
    await mailer.enqueue(database.db, {
      to: 'retry@example.ru',
      locale: 'ru',
      template: greeting,
      params: { name: 'Р' },
    });
    const result = await mailer.deliverPending(database.db);
    expect(result.failed).toBeGreaterThanOrEqual(1);
    const { items } = await listOutbox(database.db, { to: 'retry@example.ru', limit: 10, offset: 0 });
    expect(items[0]).toMatchObject({ status: 'failed', attempts: 1 });
    mailer.close();
  });
});
