import type { MailTemplate } from '../../lib/mail/mailer.ts';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function linkMail(greeting: string, body: string, action: string, url: string, footer: string) {
  const text = `${greeting}\n\n${body}\n\n${action}: ${url}\n\n${footer}\n\n— Inohub`;
  const html = `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p><p style="color:#666">${escapeHtml(footer)}</p><p>— Inohub</p>`;
  return { text, html };
}

export const verifyEmailTemplate: MailTemplate<{ name: string; url: string }> = {
  name: 'identity.verify_email',
  render: ({ name, url }, locale) =>
    locale === 'en'
      ? {
          subject: 'Confirm your email for Inohub',
          ...linkMail(
            `Hello, ${name}!`,
            'Please confirm that this is your email address.',
            'Confirm email',
            url,
            'If you did not sign up for Inohub, ignore this letter.',
          ),
        }
      : {
          subject: 'Подтвердите почту в Inohub',
          ...linkMail(
            `Здравствуйте, ${name}!`,
            'Подтвердите, пожалуйста, что это ваш адрес электронной почты.',
            'Подтвердить почту',
            url,
            'Если вы не регистрировались в Inohub, просто не отвечайте на это письмо.',
          ),
        },
};

export const resetPasswordTemplate: MailTemplate<{ name: string; url: string }> = {
  name: 'identity.reset_password',
  render: ({ name, url }, locale) =>
    locale === 'en'
      ? {
          subject: 'Reset your Inohub password',
          ...linkMail(
            `Hello, ${name}!`,
            'Someone asked to reset the password of your Inohub account. The link works for one hour.',
            'Choose a new password',
            url,
            'If it was not you, ignore this letter: your password stays the same.',
          ),
        }
      : {
          subject: 'Сброс пароля в Inohub',
          ...linkMail(
            `Здравствуйте, ${name}!`,
            'Кто-то запросил сброс пароля для вашей учётной записи Inohub. Ссылка действует один час.',
            'Задать новый пароль',
            url,
            'Если это были не вы, ничего не делайте: пароль останется прежним.',
          ),
        },
};

export const alreadyRegisteredTemplate: MailTemplate<{ url: string }> = {
  name: 'identity.already_registered',
  render: ({ url }, locale) =>
    locale === 'en'
      ? {
          subject: 'You already have an Inohub account',
          ...linkMail(
            'Hello!',
            'Someone tried to sign up with this address, but an account already exists. Sign in, or reset your password if you forgot it.',
            'Sign in',
            url,
            'If it was not you, ignore this letter.',
          ),
        }
      : {
          subject: 'У вас уже есть учётная запись Inohub',
          ...linkMail(
            'Здравствуйте!',
            'Кто-то попытался зарегистрироваться с этим адресом, но учётная запись уже существует. Войдите или восстановите пароль, если забыли его.',
            'Войти',
            url,
            'Если это были не вы, просто не отвечайте на это письмо.',
          ),
        },
};
