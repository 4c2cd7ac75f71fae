import type { ApplicationStage } from '@inohub/contracts/talent/enums';
import type { MailTemplate } from '../../../lib/mail/mailer.ts';
import { hello, mailBody } from '../employers/mail.ts';

// Mail of the applications feature: every move tells the other side, in that person's locale
// (docs/domain/talent.md, "Applications").

export const STAGE_NAMES: Record<'ru' | 'en', Record<ApplicationStage, string>> = {
  ru: {
    new: 'новый отклик',
    screening: 'рассмотрение',
    interview: 'собеседование',
    offer: 'предложение',
    hired: 'принят на работу',
    rejected: 'отказ',
    withdrawn: 'отозван',
  },
  en: {
    new: 'new',
    screening: 'screening',
    interview: 'interview',
    offer: 'offer',
    hired: 'hired',
    rejected: 'rejected',
    withdrawn: 'withdrawn',
  },
};

interface Base {
  name: string;
  /** The posting's title in Russian and English (either may be missing). */
  titleRu: string | null;
  titleEn: string | null;
  company: string;
  url: string;
}

const titleIn = (p: Base, locale: 'ru' | 'en') =>
  (locale === 'en' ? (p.titleEn ?? p.titleRu) : (p.titleRu ?? p.titleEn)) ?? '';

/** To the employer's people: someone applied. */
export const applicationReceivedTemplate: MailTemplate<Base & { applicant: string }> = {
  name: 'talent.application_received',
  render: (p, locale) =>
    locale === 'en'
      ? {
          subject: `New application: ${titleIn(p, locale)}`,
          ...mailBody(
            hello(p.name, locale),
            `${p.applicant} applied to "${titleIn(p, locale)}" at ${p.company}.`,
            'Open the application',
            p.url,
          ),
        }
      : {
          subject: `Новый отклик: ${titleIn(p, locale)}`,
          ...mailBody(
            hello(p.name, locale),
            `${p.applicant} откликнулся на вакансию «${titleIn(p, locale)}» в ${p.company}.`,
            'Открыть отклик',
            p.url,
          ),
        },
};

/** To the student: the application was sent. */
export const applicationSentTemplate: MailTemplate<Base> = {
  name: 'talent.application_sent',
  render: (p, locale) =>
    locale === 'en'
      ? {
          subject: `Your application to ${p.company} was sent`,
          ...mailBody(
            hello(p.name, locale),
            `Your application to "${titleIn(p, locale)}" at ${p.company} was sent with your CV. You will get a mail at every change of its status.`,
            'Open my application',
            p.url,
          ),
        }
      : {
          subject: `Отклик в ${p.company} отправлен`,
          ...mailBody(
            hello(p.name, locale),
            `Ваш отклик на вакансию «${titleIn(p, locale)}» в ${p.company} отправлен вместе с резюме. О каждом изменении статуса мы сообщим письмом.`,
            'Открыть отклик',
            p.url,
          ),
        },
};

/** To the student: the recruiter moved the application. */
export const stageChangedTemplate: MailTemplate<Base & { stage: ApplicationStage; note: string | null }> = {
  name: 'talent.application_stage_changed',
  render: (p, locale) => {
    const stage = STAGE_NAMES[locale][p.stage];
    return locale === 'en'
      ? {
          subject: `${p.company}: your application is now "${stage}"`,
          ...mailBody(
            hello(p.name, locale),
            `${p.company} moved your application to "${titleIn(p, locale)}" to the stage "${stage}".${p.note ? ` Note: ${p.note}` : ''}`,
            'Open my application',
            p.url,
          ),
        }
      : {
          subject: `${p.company}: статус отклика — «${stage}»`,
          ...mailBody(
            hello(p.name, locale),
            `${p.company} перевела ваш отклик на вакансию «${titleIn(p, locale)}» в статус «${stage}».${p.note ? ` Комментарий: ${p.note}` : ''}`,
            'Открыть отклик',
            p.url,
          ),
        };
  },
};

/** To the employer's people: the student withdrew. */
export const applicationWithdrawnTemplate: MailTemplate<Base & { applicant: string; note: string | null }> = {
  name: 'talent.application_withdrawn',
  render: (p, locale) =>
    locale === 'en'
      ? {
          subject: `Application withdrawn: ${titleIn(p, locale)}`,
          ...mailBody(
            hello(p.name, locale),
            `${p.applicant} withdrew their application to "${titleIn(p, locale)}".${p.note ? ` Note: ${p.note}` : ''}`,
            'Open the board',
            p.url,
          ),
        }
      : {
          subject: `Отклик отозван: ${titleIn(p, locale)}`,
          ...mailBody(
            hello(p.name, locale),
            `${p.applicant} отозвал(а) отклик на вакансию «${titleIn(p, locale)}».${p.note ? ` Комментарий: ${p.note}` : ''}`,
            'Открыть доску',
            p.url,
          ),
        },
};
