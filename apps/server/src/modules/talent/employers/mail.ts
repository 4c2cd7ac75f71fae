import type { Locale, MailTemplate } from '../../../lib/mail/mailer.ts';

// Mail of the employers, opportunities and applications features, in Russian and English: each
// recipient reads it in their own locale (docs/domain/talent.md, "Employers", "Applications").

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The one layout of talent mail: greeting, body, a link to act on, signature. */
export function mailBody(greeting: string, body: string, action: string, url: string) {
  return {
    text: `${greeting}\n\n${body}\n\n${action}: ${url}\n\n— Inohub`,
    html: `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p><p>— Inohub</p>`,
  };
}

export const hello = (name: string, locale: Locale) =>
  locale === 'en' ? `Hello, ${name}!` : `Здравствуйте, ${name}!`;

export const employerRequestTemplate: MailTemplate<{ name: string; company: string; url: string }> = {
  name: 'talent.employer_requested',
  render: (p, locale) =>
    locale === 'en'
      ? {
          subject: `${p.company} asks to be approved as an employer`,
          ...mailBody(
            hello(p.name, locale),
            `${p.company} asks to be approved as an employer. Until a career office or the hub approves it, its postings stay out of the public list.`,
            'Review the request',
            p.url,
          ),
        }
      : {
          subject: `${p.company} просит подтвердить работодателя`,
          ...mailBody(
            hello(p.name, locale),
            `${p.company} просит подтвердить компанию как работодателя. Пока центр карьеры или хаб её не подтвердит, её вакансии не видны в общем списке.`,
            'Рассмотреть заявку',
            p.url,
          ),
        },
};

const decisionWords = {
  ru: { approved: 'подтверждена', rejected: 'отклонена', suspended: 'приостановлена' },
  en: { approved: 'approved', rejected: 'rejected', suspended: 'suspended' },
} as const;

export const employerDecisionTemplate: MailTemplate<{
  name: string;
  company: string;
  decision: 'approved' | 'rejected' | 'suspended';
  note: string | null;
  url: string;
}> = {
  name: 'talent.employer_decided',
  render: (p, locale) => {
    if (locale === 'en') {
      const what = decisionWords.en[p.decision];
      const consequence =
        p.decision === 'approved'
          ? 'Its published postings are now public and show "verified".'
          : 'Its postings are not shown in the public list.';
      return {
        subject: `${p.company}: employer ${what}`,
        ...mailBody(
          hello(p.name, locale),
          `${p.company} has been ${what} as an employer. ${consequence}${p.note ? ` Note: ${p.note}` : ''}`,
          'Open your postings',
          p.url,
        ),
      };
    }
    const what = decisionWords.ru[p.decision];
    const consequence =
      p.decision === 'approved'
        ? 'Опубликованные вакансии теперь видны всем с отметкой «проверено».'
        : 'Вакансии компании не показываются в общем списке.';
    return {
      subject: `${p.company}: заявка работодателя ${what}`,
      ...mailBody(
        hello(p.name, locale),
        `Заявка ${p.company} как работодателя ${what}. ${consequence}${p.note ? ` Комментарий: ${p.note}` : ''}`,
        'Открыть вакансии',
        p.url,
      ),
    };
  },
};
