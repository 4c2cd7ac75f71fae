import { lazyPage, type WebModule } from '../../components/web-module.tsx';

const page = lazyPage('auth');
const SignInPage = page(() => import('./routes/SignInPage.tsx'), 'SignInPage');
const SignUpPage = page(() => import('./routes/SignUpPage.tsx'), 'SignUpPage');
const ForgotPasswordPage = page(() => import('./routes/ForgotPasswordPage.tsx'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('./routes/ResetPasswordPage.tsx'), 'ResetPasswordPage');
const VerifyEmailPage = page(() => import('./routes/VerifyEmailPage.tsx'), 'VerifyEmailPage');
const VerifiedPage = page(() => import('./routes/VerifiedPage.tsx'), 'VerifiedPage');

/** Sign-up, sign-in and the e-mail and password flows (reached from the header, not the navbar). */
export const authModule: WebModule = {
  name: 'auth',
  namespace: 'auth',
  routes: [
    { path: 'sign-in', page: SignInPage },
    { path: 'sign-up', page: SignUpPage },
    { path: 'forgot-password', page: ForgotPasswordPage },
    { path: 'reset-password', page: ResetPasswordPage },
    { path: 'verify-email', page: VerifyEmailPage },
    { path: 'verified', page: VerifiedPage },
  ],
};
