/**
 * The web app's features, in navbar order. The router (router.tsx) and the navbar (components/layout/Navigation.tsx)
 * are built from this list; a new feature is its folder under features/ (with a `module.tsx` describing its routes,
 * navigation entries and translation namespace — see components/web-module.tsx) plus one line here.
 */
import type { WebModule } from './components/web-module.tsx';
import { adminModule } from './features/admin/module.tsx';
import { authModule } from './features/auth/module.tsx';
import { careersModule } from './features/careers/module.tsx';
import { directoryModule } from './features/directory/module.tsx';
import { homeModule } from './features/home/module.tsx';
import { profileModule } from './features/profile/module.tsx';
import { talentModule } from './features/talent/module.tsx';
import { zoneModule } from './features/zone/module.tsx';

export const MODULES: readonly WebModule[] = [
  homeModule,
  authModule,
  directoryModule,
  profileModule,
  zoneModule,
  talentModule,
  careersModule,
  adminModule,
];
