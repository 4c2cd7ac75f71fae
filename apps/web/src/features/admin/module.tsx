import { IconListSearch, IconMail, IconUsers } from '@tabler/icons-react';
import { lazyPage, type WebModule } from '../../components/web-module.tsx';
import { hasRole } from '../../lib/session.ts';

const page = lazyPage('admin');
const UsersPage = page(() => import('./routes/UsersPage.tsx'), 'UsersPage');
const AuditPage = page(() => import('./routes/AuditPage.tsx'), 'AuditPage');
const OutboxPage = page(() => import('./routes/OutboxPage.tsx'), 'OutboxPage');

/** Platform administration: accounts and roles, the audit log, outgoing mail. */
export const adminModule: WebModule = {
  name: 'admin',
  namespace: 'admin',
  routes: [
    { path: 'admin/users', page: UsersPage, auth: 'admin' },
    { path: 'admin/audit', page: AuditPage, auth: 'admin' },
    { path: 'admin/outbox', page: OutboxPage, auth: 'admin' },
  ],
  navigation: [
    {
      group: { id: 'admin', title: 'nav.groups.admin' },
      visible: (me) => hasRole(me, 'admin'),
      items: [
        { to: '/admin/users', label: 'nav.users', icon: IconUsers },
        { to: '/admin/audit', label: 'nav.audit', icon: IconListSearch },
        { to: '/admin/outbox', label: 'nav.outbox', icon: IconMail },
      ],
    },
  ],
};
