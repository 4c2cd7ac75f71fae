import { IconBuildingCommunity, IconUsersGroup } from '@tabler/icons-react';
import { lazyPage, type WebModule } from '../../components/web-module.tsx';

const page = lazyPage('directory');
const DirectoryPage = page(() => import('./routes/DirectoryPage.tsx'), 'DirectoryPage');
const OrganizationPage = page(() => import('./routes/OrganizationPage.tsx'), 'OrganizationPage');
const OrganizationNewPage = page(() => import('./routes/OrganizationNewPage.tsx'), 'OrganizationNewPage');
const OrganizationEditPage = page(() => import('./routes/OrganizationEditPage.tsx'), 'OrganizationEditPage');
const PeoplePage = page(() => import('./routes/PeoplePage.tsx'), 'PeoplePage');
const PersonPage = page(() => import('./routes/PersonPage.tsx'), 'PersonPage');

/** The catalogue of organizations and the people who made their profile public. */
export const directoryModule: WebModule = {
  name: 'directory',
  namespace: 'directory',
  routes: [
    { path: 'directory', page: DirectoryPage },
    { path: 'directory/new', page: OrganizationNewPage, auth: true },
    { path: 'directory/:id', page: OrganizationPage },
    { path: 'directory/:id/edit', page: OrganizationEditPage, auth: true },
    { path: 'people', page: PeoplePage },
    { path: 'people/:userId', page: PersonPage },
  ],
  navigation: [
    {
      group: 'explore',
      items: [
        { to: '/directory', label: 'nav.directory', icon: IconBuildingCommunity },
        { to: '/people', label: 'nav.people', icon: IconUsersGroup },
      ],
    },
  ],
};
