import type { MailTemplate } from '../../../lib/mail/mailer.ts';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function mail(greeting: string, body: string, action: string, url: string) {
  return {
    text: `${greeting}\n\n${body}\n\n${action}: ${url}\n\n— Inohub`,
    html: `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p><p>— Inohub</p>`,
  };
}

export interface ReminderParams {
  name: string;
  company: string;
  period: string;
  dueOn: string;
  /** Days until the due date (positive) or since it (negative). */
  daysLeft: number;
  url: string;
}

export const reportReminderTemplate: MailTemplate<ReminderParams> = {
  name: 'zone.report_reminder',
  render: (p, locale) => {
    const overdue = p.daysLeft < 0;
    if (locale === 'en') {
      return {
        subject: overdue
          ? `Overdue: SEZ report ${p.period} of ${p.company}`
          : `SEZ report ${p.period} of ${p.company} is due on ${p.dueOn}`,
        ...mail(
          `Hello, ${p.name}!`,
          overdue
            ? `The resident report of ${p.company} for ${p.period} was due on ${p.dueOn} (${-p.daysLeft} days ago). Until it is filed, new service requests (leases, amendments) are blocked.`
            : `The resident report of ${p.company} for ${p.period} is due on ${p.dueOn} (in ${p.daysLeft} days).`,
          'Open the report',
          p.url,
        ),
      };
    }
    return {
      subject: overdue
        ? `Просрочен отчёт резидента ОЭЗ ${p.period}: ${p.company}`
        : `Отчёт резидента ОЭЗ ${p.period}: ${p.company} — срок ${p.dueOn}`,
      ...mail(
        `Здравствуйте, ${p.name}!`,
        overdue
          ? `Отчёт резидента ${p.company} за ${p.period} нужно было сдать до ${p.dueOn} (просрочка ${-p.daysLeft} дн.). Пока отчёт не сдан, новые заявки на услуги (аренда, изменение соглашения) не принимаются.`
          : `Отчёт резидента ${p.company} за ${p.period} нужно сдать до ${p.dueOn} (осталось ${p.daysLeft} дн.).`,
        'Открыть отчёт',
        p.url,
      ),
    };
  },
};

export const reportReturnedTemplate: MailTemplate<{
  name: string;
  company: string;
  period: string;
  comment: string;
  url: string;
}> = {
  name: 'zone.report_returned',
  render: (p, locale) =>
    locale === 'en'
      ? {
          subject: `SEZ report ${p.period} of ${p.company} returned for corrections`,
          ...mail(
            `Hello, ${p.name}!`,
            `The management company returned the report with a comment: ${p.comment}`,
            'Open the report',
            p.url,
          ),
        }
      : {
          subject: `Отчёт резидента ОЭЗ ${p.period}: ${p.company} возвращён на доработку`,
          ...mail(
            `Здравствуйте, ${p.name}!`,
            `Управляющая компания вернула отчёт с комментарием: ${p.comment}`,
            'Открыть отчёт',
            p.url,
          ),
        },
};
