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
const ZoneRegisterPage = page(() => import('./features/zone/routes/RegisterPage.tsx'), 'RegisterPage');
const ZoneResidentPage = page(() => import('./features/zone/routes/ResidentPage.tsx'), 'ResidentPage');
const ZoneRatesPage = page(() => import('./features/zone/routes/RatesPage.tsx'), 'RatesPage');
const ZoneLeasePage = page(() => import('./features/zone/routes/LeasePage.tsx'), 'LeasePage');
const ZoneResidentLedgerPage = page(
  () => import('./features/zone/routes/ResidentLedgerPage.tsx'),
  'ResidentLedgerPage',
);
const ZoneStatsPage = page(() => import('./features/zone/routes/StatsPage.tsx'), 'StatsPage');
const ZoneSpacePage = page(() => import('./features/zone/routes/SpacePage.tsx'), 'SpacePage');
const ZoneOccupancyPage = page(() => import('./features/zone/routes/OccupancyPage.tsx'), 'OccupancyPage');
const ZoneApplyPage = page(() => import('./features/zone/routes/ApplyPage.tsx'), 'ApplyPage');
const ZoneMyApplicationsPage = page(
  () => import('./features/zone/routes/MyApplicationsPage.tsx'),
  'MyApplicationsPage',
);
const ZoneApplicationPage = page(
  () => import('./features/zone/routes/ApplicationPage.tsx'),
  'ApplicationPage',
);
const ZoneApplicationEditPage = page(
  () => import('./features/zone/routes/ApplicationEditPage.tsx'),
  'ApplicationEditPage',
);
const ZoneReviewQueuePage = page(
  () => import('./features/zone/routes/ReviewQueuePage.tsx'),
  'ReviewQueuePage',
);
const ZoneReportsPage = page(() => import('./features/zone/routes/ReportsPage.tsx'), 'ReportsPage');
const ZoneReportFormPage = page(() => import('./features/zone/routes/ReportFormPage.tsx'), 'ReportFormPage');
const ZoneCompliancePage = page(() => import('./features/zone/routes/CompliancePage.tsx'), 'CompliancePage');
const ZoneLedgerPage = page(() => import('./features/zone/routes/LedgerPage.tsx'), 'LedgerPage');

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
          { path: 'zone/residents', element: <ZoneRegisterPage /> },
          { path: 'zone/residents/:id', element: <ZoneResidentPage /> },
          {
            path: 'zone/residents/:id/lease',
            element: (
              <RequireAuth>
                <ZoneLeasePage />
              </RequireAuth>
            ),
          },
          {
            path: 'zone/residents/:id/ledger',
            element: (
              <RequireAuth>
                <ZoneResidentLedgerPage />
              </RequireAuth>
            ),
          },
          { path: 'zone/stats', element: <ZoneStatsPage /> },
          { path: 'zone/space', element: <ZoneSpacePage /> },
          {
            path: 'zone/space/buildings/:buildingId',
            element: (
              <RequireAuth needs="zone_admin">
                <ZoneOccupancyPage />
              </RequireAuth>
            ),
          },
          {
            path: 'zone/apply',
            element: (
              <RequireAuth>
                <ZoneApplyPage />
              </RequireAuth>
            ),
          },
          {
            path: 'zone/applications',
            element: (
              <RequireAuth>
                <ZoneMyApplicationsPage />
              </RequireAuth>
            ),
          },
          {
            path: 'zone/applications/:id',
            element: (
              <RequireAuth>
                <ZoneApplicationPage />
              </RequireAuth>
            ),
          },
          {
            path: 'zone/applications/:id/edit',
            element: (
              <RequireAuth>
                <ZoneApplicationEditPage />
              </RequireAuth>
            ),
          },
          {
            path: 'zone/review',
            element: (
              <RequireAuth needs="zone_admin">
                <ZoneReviewQueuePage />
              </RequireAuth>
            ),
          },
          {
            // The same application page, opened from the reviewer queue (navigation and crumbs follow it).
            path: 'zone/review/:id',
            element: (
              <RequireAuth needs="zone_admin">
                <ZoneApplicationPage />
              </RequireAuth>
            ),
          },
          {
            path: 'zone/reports',
            element: (
              <RequireAuth>
                <ZoneReportsPage />
              </RequireAuth>
            ),
          },
          {
            path: 'zone/reports/:reportId',
            element: (
              <RequireAuth>
                <ZoneReportFormPage />
              </RequireAuth>
            ),
          },
          {
            path: 'zone/compliance',
            element: (
              <RequireAuth needs="zone_admin">
                <ZoneCompliancePage />
              </RequireAuth>
            ),
          },
          {
            path: 'zone/rates',
            element: (
              <RequireAuth needs={['zone_admin', 'analyst']}>
                <ZoneRatesPage />
              </RequireAuth>
            ),
          },
          {
            path: 'zone/ledger',
            element: (
              <RequireAuth needs={['zone_admin', 'analyst']}>
                <ZoneLedgerPage />
              </RequireAuth>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
