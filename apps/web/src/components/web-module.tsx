/**
 * The description a web feature gives of itself (`features/<f>/module.tsx`); `src/modules.ts` lists them and the
 * router and the navbar are built from that list. Adding a feature is its folder plus one line in modules.ts.
 *
 *   const page = lazyPage('zone');                                   // pages load with the feature's strings
 *   const RegisterPage = page(() => import('./routes/RegisterPage.tsx'), 'RegisterPage');
 *   export const zoneModule: WebModule = {
 *     name: 'zone',
 *     namespace: 'zone',                                             // features/zone/i18n/{ru,en}.json
 *     routes: [
 *       { path: 'zone/residents', page: RegisterPage },              // public
 *       { path: 'zone/apply', page: ApplyPage, auth: true },          // signed in
 *       { path: 'zone/review', page: ReviewQueuePage, auth: 'zone_admin' }, // any of the roles
 *     ],
 *     navigation: [
 *       { group: 'explore', items: [{ to: '/zone/residents', label: 'zone.nav.register', icon: IconFileCertificate }] },
 *       { group: { id: 'zone-admin', title: 'zone.nav.group' }, visible: (me) => hasRole(me, 'zone_admin'), items: […] },
 *     ],
 *   };
 *
 * Navigation labels are keys of the `common` namespace (the navbar shows on every page, before any feature's strings
 * load): shared ones under `nav.*`, a feature's own in `features/<f>/i18n/nav.{ru,en}.json`.
 */
import type { Icon } from '@tabler/icons-react';
import { type ComponentType, lazy } from 'react';
import { loadNamespace } from '../i18n/index.ts';
import type { Me, Role } from '../lib/session.ts';

export interface WebRoute {
  /** Relative to the site root, without the leading slash; absent for the home page (`index`). */
  path?: string;
  index?: boolean;
  page: ComponentType;
  /** `true`: signed-in people; a role or roles: any one of them (others see the forbidden page). */
  auth?: true | Role | readonly Role[];
}

export interface NavItem {
  to: string;
  /** A key of the `common` namespace. */
  label: string;
  icon: Icon;
}

export interface NavGroup {
  /**
   * `explore`: public pages, shown to everyone; `mine`: a signed-in person's own pages; or the feature's own group
   * (its `title` is a key of the `common` namespace). Groups with the same id are merged, in the order of modules.ts.
   */
  group: 'explore' | 'mine' | { id: string; title: string };
  /** Who sees the entries; defaults to everyone for `explore` and to signed-in people otherwise. */
  visible?: (me: Me | null) => boolean;
  items: NavItem[];
}

export interface WebModule {
  name: string;
  /** The feature's translation namespace (`features/<f>/i18n`), if it has one. */
  namespace?: string;
  routes: WebRoute[];
  navigation?: NavGroup[];
}

/**
 * Lazy pages of a feature: each page is its own chunk, fetched on first visit together with the feature's strings
 * (in parallel, so the page does not wait twice).
 */
export function lazyPage(namespace?: string) {
  return <M,>(load: () => Promise<M>, name: keyof M) =>
    lazy(async () => {
      const [mod] = await Promise.all([load(), namespace ? loadNamespace(namespace) : undefined]);
      return { default: mod[name] as ComponentType };
    });
}
