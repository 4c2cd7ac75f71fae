import { IconBuildingCommunity, IconFileImport, IconMapPin, IconUsersGroup } from '@tabler/icons-react';
import { lazyPage, type WebModule } from '../../components/web-module.tsx';
import { hasRole } from '../../lib/session.ts';

const page = lazyPage('careers');
const RetentionPage = page(() => import('./routes/RetentionPage.tsx'), 'RetentionPage');
const ImportsPage = page(() => import('./routes/ImportsPage.tsx'), 'ImportsPage');
const StudentsPage = page(() => import('./routes/StudentsPage.tsx'), 'StudentsPage');
const EmployersPage = page(() => import('./routes/EmployersPage.tsx'), 'EmployersPage');
const SurveyPage = page(() => import('./routes/SurveyPage.tsx'), 'SurveyPage');

const OFFICE = ['career_office', 'admin'] as const;

/**
 * Universities' career offices and the public side of graduate outcomes: the retention dashboard, imports and
 * exports of students and graduates, the employer approval queue, and the yearly survey's one-click form.
 */
export const careersModule: WebModule = {
  name: 'careers',
  namespace: 'careers',
  routes: [
    { path: 'careers/retention', page: RetentionPage },
    { path: 'careers/imports', page: ImportsPage, auth: OFFICE },
    { path: 'careers/students', page: StudentsPage, auth: OFFICE },
    { path: 'careers/employers', page: EmployersPage, auth: OFFICE },
    // The mailed link needs no account: the token is the key (docs/domain/talent.md, "Survey").
    { path: 'survey/:token', page: SurveyPage },
  ],
  navigation: [
    {
      group: 'explore',
      items: [{ to: '/careers/retention', label: 'careers.nav.retention', icon: IconMapPin }],
    },
    {
      group: { id: 'career-office', title: 'careers.nav.group' },
      visible: (me) => hasRole(me, 'career_office') || hasRole(me, 'admin'),
      items: [
        { to: '/careers/imports', label: 'careers.nav.imports', icon: IconFileImport },
        { to: '/careers/students', label: 'careers.nav.students', icon: IconUsersGroup },
        { to: '/careers/employers', label: 'careers.nav.employers', icon: IconBuildingCommunity },
      ],
    },
  ],
};
