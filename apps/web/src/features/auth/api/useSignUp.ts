import { useMutation } from '@tanstack/react-query';
import type { Locale } from '../../../i18n/index.ts';
import { api } from '../../../lib/api.ts';
import type { Role } from '../../../lib/session.ts';

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  locale: Locale;
  timeZone: string;
  roles: Role[];
  /** Consent to processing (152-FZ art. 9); the server refuses a sign-up without it. */
  consent: boolean;
}

/** Always answers the same (no account enumeration): a verification mail is on its way. */
export function useSignUp() {
  return useMutation({
    mutationFn: (body: SignUpInput) =>
      api<{ status: 'verification_sent' }>('/api/auth/sign-up/email', {
        method: 'POST',
        body: { ...body, callbackURL: '/verified', roles: body.roles.length ? body.roles : undefined },
      }),
  });
}
