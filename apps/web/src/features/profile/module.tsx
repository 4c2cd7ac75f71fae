import { IconUserCircle } from '@tabler/icons-react';
import { lazyPage, type WebModule } from '../../components/web-module.tsx';

const page = lazyPage('profile');
const ProfilePage = page(() => import('./routes/ProfilePage.tsx'), 'ProfilePage');

/** The signed-in person's account, public profile and consents. */
export const profileModule: WebModule = {
  name: 'profile',
  namespace: 'profile',
  routes: [{ path: 'me', page: ProfilePage, auth: true }],
  navigation: [{ group: 'mine', items: [{ to: '/me', label: 'nav.profile', icon: IconUserCircle }] }],
};
