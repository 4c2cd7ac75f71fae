import type { MailTemplate } from '../../../lib/mail/mailer.ts';

// The yearly survey's mail, in the graduate's language (docs/domain/talent.md, "Survey").

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export interface SurveyMailParams {
  name: string;
  university: string | null;
  surveyYear: number;
  url: string;
  /** The last day the link works, YYYY-MM-DD. */
  expiresOn: string;
}

export const surveyInvitationTemplate: MailTemplate<SurveyMailParams> = {
  name: 'talent.outcome_survey',
  render(p, locale) {
    const en = locale === 'en';
    const subject = en
      ? `Where do you work now? The ${p.surveyYear} graduate survey`
      : `Где вы работаете сейчас? Опрос выпускников ${p.surveyYear} года`;
    const greeting = en ? `Hello, ${p.name}!` : `Здравствуйте, ${p.name}!`;
    const body = en
      ? `${p.university ? `${p.university} and the` : 'The'} Tomsk innovation hub ask their graduates once a year where they work. It takes one minute and needs no password: if nothing has changed, one click is enough. Only totals of at least five people are ever published.`
      : `${p.university ? `${p.university} и инновационный` : 'Инновационный'} хаб Томска раз в год спрашивают выпускников, где они работают. Это займёт минуту и не требует пароля: если ничего не изменилось, достаточно одного нажатия. Публикуются только итоги не меньше чем по пяти людям.`;
    const action = en ? 'Answer the survey' : 'Ответить на опрос';
    const until = en ? `The link works until ${p.expiresOn}.` : `Ссылка действует до ${p.expiresOn}.`;
    return {
      subject,
      text: `${greeting}\n\n${body}\n\n${action}: ${p.url}\n${until}\n\n— Inohub`,
      html: `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p><p><a href="${escapeHtml(p.url)}">${escapeHtml(action)}</a></p><p>${escapeHtml(until)}</p><p>— Inohub</p>`,
    };
  },
};
