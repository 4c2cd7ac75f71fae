import type { MailTemplate } from '../../../lib/mail/mailer.ts';
import type { ApplicationState } from '../zone.tables.ts';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export const STATE_LABELS: Record<ApplicationState, { ru: string; en: string }> = {
  draft: { ru: 'черновик', en: 'draft' },
  submitted: { ru: 'подана', en: 'submitted' },
  supervisory_board_review: {
    ru: 'на рассмотрении наблюдательного совета',
    en: 'under supervisory board review',
  },
  revision_requested: { ru: 'возвращена на доработку', en: 'revision requested' },
  expert_council_review: { ru: 'на рассмотрении экспертного совета', en: 'under expert council review' },
  approved: { ru: 'одобрена', en: 'approved' },
  agreement_signed: { ru: 'соглашение подписано', en: 'agreement signed' },
  registered: { ru: 'внесена в реестр резидентов', en: 'entered in the register of residents' },
  active: { ru: 'резидент действует', en: 'active resident' },
  amendment_pending: { ru: 'изменение соглашения на рассмотрении', en: 'agreement amendment pending' },
  terminated: { ru: 'статус резидента прекращён', en: 'residency terminated' },
  rejected: { ru: 'отклонена', en: 'rejected' },
};

export interface TransitionMailParams {
  name: string;
  organization: string;
  state: ApplicationState;
  approvalRecorded?: boolean;
  comment: string | null;
  url: string;
}

/** Sent to every member of the applicant organization on each step of the application. */
export const applicationTransitionTemplate: MailTemplate<TransitionMailParams> = {
  name: 'zone.application_transition',
  render: (p, locale) => {
    const label = STATE_LABELS[p.state][locale];
    const [subject, greeting, body, action] =
      locale === 'en'
        ? [
            `Residency application of ${p.organization}: ${label}`,
            `Hello, ${p.name}!`,
            p.approvalRecorded
              ? `A zone administrator approved the application of ${p.organization}; a second approval is needed for the decision.`
              : `The residency application of ${p.organization} is now: ${label}.`,
            'Open the application',
          ]
        : [
            `Заявка ${p.organization} на статус резидента: ${label}`,
            `Здравствуйте, ${p.name}!`,
            p.approvalRecorded
              ? `Администратор ОЭЗ одобрил заявку ${p.organization}; для решения нужно второе одобрение.`
              : `Заявка ${p.organization} на статус резидента: ${label}.`,
            'Открыть заявку',
          ];
    const comment = p.comment ? `\n\n${locale === 'en' ? 'Comment' : 'Комментарий'}: ${p.comment}` : '';
    return {
      subject,
      text: `${greeting}\n\n${body}${comment}\n\n${action}: ${p.url}\n\n— Inohub`,
      html: `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p>${p.comment ? `<p>${escapeHtml(comment.trim())}</p>` : ''}<p><a href="${escapeHtml(p.url)}">${escapeHtml(action)}</a></p><p>— Inohub</p>`,
    };
  },
};
