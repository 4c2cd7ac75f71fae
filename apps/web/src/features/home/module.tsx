import { IconHome } from '@tabler/icons-react';
import { lazyPage, type WebModule } from '../../components/web-module.tsx';

const page = lazyPage('home');
const HomePage = page(() => import('./routes/HomePage.tsx'), 'HomePage');

/** The ecosystem at a glance. */
export const homeModule: WebModule = {
  name: 'home',
  namespace: 'home',
  routes: [{ index: true, page: HomePage }],
  navigation: [{ group: 'explore', items: [{ to: '/', label: 'nav.home', icon: IconHome }] }],
};
