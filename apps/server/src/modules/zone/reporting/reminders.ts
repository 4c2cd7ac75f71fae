import { inTransaction } from '../../../lib/db/transaction.ts';
import type { Db } from '../../../lib/db/types.ts';
import type { Mailer } from '../../../lib/mail/mailer.ts';
import { addDays, todayInTomsk } from '../common.ts';
import { memberRecipients, organizationFactsMany } from '../directory-port.ts';
import { type CalendarRule, reminderStage } from './calendar.ts';
import { calendarFor } from './calendar-versions.ts';
import { reportReminderTemplate } from './mail-templates.ts';
import { claimReminderStage, openReportsDueBy, type ReportRow, setReminderRecipients } from './repo.ts';

/** How far ahead of a due date reports are looked at: beyond any "before" stage of a calendar. */
const HORIZON_DAYS = 60;

/** A zone without a calendar in force sends no reminders (no stages), instead of failing the job. */
const NO_REMINDERS: CalendarRule = {
  quarterlyDueDays: 0,
  annualDueMonth: 1,
  annualDueDay: 1,
  remindBeforeDays: [],
  remindAfterDays: [],
};

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Mails the members of each resident whose report is still open: before the due date and after it
 * (stages from the zone's calendar). Idempotent per (report, stage): the stage row is inserted with
 * the mail in one transaction, and a second run finds it and sends nothing. Run by the zone's
 * scheduled jobs (`jobs.ts`).
 */
export async function sendReportReminders(
  db: Db,
  mailer: Mailer,
  now: Date = new Date(),
  baseUrl = '',
): Promise<{ reminders: number; mails: number }> {
  const today = todayInTomsk(now);
  const rows = await openReportsDueBy(db, addDays(today, HORIZON_DAYS));
  const rules = new Map<string, CalendarRule>();
  let reminders = 0;
  let mails = 0;
  for (const { report, zoneId, organizationId } of rows) {
    // The stages are those of the calendar in force at the end of the period reported.
    const key = `${zoneId}|${report.periodEnd}`;
    let rule = rules.get(key);
    if (!rule) {
      rule = await calendarFor(db, zoneId, report.periodEnd).catch(() => NO_REMINDERS);
      rules.set(key, rule);
    }
    const stage = reminderStage(today, report.dueOn, rule);
    if (!stage) continue;
    const sent = await inTransaction(db, (tx) =>
      remind(tx, mailer, { report, organizationId, stage, today, baseUrl }),
    );
    if (sent === null) continue;
    // A stage counts as done even when the organization has no member to write to.
    reminders += 1;
    mails += sent;
  }
  return { reminders, mails };
}

/** Claims the stage and mails the members; null when the stage had been sent already. */
async function remind(
  tx: Db,
  mailer: Mailer,
  a: { report: ReportRow; organizationId: string; stage: string; today: string; baseUrl: string },
): Promise<number | null> {
  const mark = await claimReminderStage(tx, a.report.id, a.stage);
  if (!mark) return null;
  const company = (await organizationFactsMany(tx, [a.organizationId])).get(a.organizationId)?.name ?? '';
  const recipients = await memberRecipients(tx, a.organizationId);
  for (const to of recipients) {
    await mailer.enqueue(tx, {
      to: to.email,
      locale: to.locale,
      template: reportReminderTemplate,
      params: {
        name: to.name,
        company,
        period: a.report.period,
        dueOn: a.report.dueOn,
        daysLeft: daysBetween(a.today, a.report.dueOn),
        url: `${a.baseUrl}/zone/reports/${a.report.id}`,
      },
    });
  }
  await setReminderRecipients(tx, mark, recipients.length);
  return recipients.length;
}
