import { type ComponentType, lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { CrashPage, NotFoundPage } from './components/ErrorPages.tsx';
import { AppLayout } from './components/layout/AppLayout.tsx';
import { RequireAuth } from './components/RequireAuth.tsx';

/** Every page is its own chunk, loaded when first visited. */
function page<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const HomePage = page(() => import('./features/home/routes/HomePage.tsx'), 'HomePage');
const SignInPage = page(() => import('./features/auth/routes/SignInPage.tsx'), 'SignInPage');
const SignUpPage = page(() => import('./features/auth/routes/SignUpPage.tsx'), 'SignUpPage');
const ForgotPasswordPage = page(
  () => import('./features/auth/routes/ForgotPasswordPage.tsx'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = page(
  () => import('./features/auth/routes/ResetPasswordPage.tsx'),
  'ResetPasswordPage',
);
const VerifyEmailPage = page(() => import('./features/auth/routes/VerifyEmailPage.tsx'), 'VerifyEmailPage');
const VerifiedPage = page(() => import('./features/auth/routes/VerifiedPage.tsx'), 'VerifiedPage');
const ProfilePage = page(() => import('./features/profile/routes/ProfilePage.tsx'), 'ProfilePage');
const DirectoryPage = page(() => import('./features/directory/routes/DirectoryPage.tsx'), 'DirectoryPage');
const OrganizationPage = page(
  () => import('./features/directory/routes/OrganizationPage.tsx'),
  'OrganizationPage',
);
const OrganizationNewPage = page(
  () => import('./features/directory/routes/OrganizationNewPage.tsx'),
  'OrganizationNewPage',
);
const OrganizationEditPage = page(
  () => import('./features/directory/routes/OrganizationEditPage.tsx'),
  'OrganizationEditPage',
);
const PeoplePage = page(() => import('./features/directory/routes/PeoplePage.tsx'), 'PeoplePage');
const PersonPage = page(() => import('./features/directory/routes/PersonPage.tsx'), 'PersonPage');
const UsersPage = page(() => import('./features/admin/routes/UsersPage.tsx'), 'UsersPage');
const AuditPage = page(() => import('./features/admin/routes/AuditPage.tsx'), 'AuditPage');
const OutboxPage = page(() => import('./features/admin/routes/OutboxPage.tsx'), 'OutboxPage');

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <CrashPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'verified', element: <VerifiedPage /> },
          { path: 'directory', element: <DirectoryPage /> },
          {
            path: 'directory/new',
            element: (
              <RequireAuth>
                <OrganizationNewPage />
              </RequireAuth>
            ),
          },
          { path: 'directory/:id', element: <OrganizationPage /> },
          {
            path: 'directory/:id/edit',
            element: (
              <RequireAuth>
                <OrganizationEditPage />
              </RequireAuth>
            ),
          },
          { path: 'people', element: <PeoplePage /> },
          { path: 'people/:userId', element: <PersonPage /> },
          {
            path: 'me',
            element: (
              <RequireAuth>
                <ProfilePage />
              </RequireAuth>
            ),
          },
          {
            path: 'admin/users',
            element: (
              <RequireAuth needs="admin">
                <UsersPage />
              </RequireAuth>
            ),
          },
          {
            path: 'admin/audit',
            element: (
              <RequireAuth needs="admin">
                <AuditPage />
              </RequireAuth>
            ),
          },
          {
            path: 'admin/outbox',
            element: (
              <RequireAuth needs="admin">
                <OutboxPage />
              </RequireAuth>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
