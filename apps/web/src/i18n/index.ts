/**
 * Translations, one namespace per feature.
 *
 * - `common` (this folder's ru.json / en.json) holds the shared strings (buttons, navigation, errors, roles…) and is
 *   bundled with the app; it is the default namespace and the fallback of every other one.
 * - `features/<f>/i18n/{ru,en}.json` is the feature's namespace, named after its folder. It is fetched the first time
 *   one of its pages renders (`useTranslation('<f>')` suspends until then; `lazyPage` in components/web-module.tsx
 *   starts the fetch together with the page's code), so the first page does not download every module's strings.
 * - `features/<f>/i18n/nav.{ru,en}.json` (optional) holds the few labels the navbar shows on every page; they are
 *   bundled and merged into `common`.
 * Key paths are the same as before the split (`zone.register.title` lives in the `zone` namespace under `zone`).
 */
import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ru from './ru.json';

export type Locale = 'ru' | 'en';
export const LOCALES: readonly Locale[] = ['ru', 'en'];
const STORAGE_KEY = 'inohub.locale';

type Tree = { [key: string]: unknown };

const featureBundles = import.meta.glob<Tree>(['../features/*/i18n/ru.json', '../features/*/i18n/en.json'], {
  import: 'default',
});
const navBundles = import.meta.glob<Tree>('../features/*/i18n/nav.*.json', {
  import: 'default',
  eager: true,
});

/** The feature namespaces that exist (folder names). */
export const FEATURE_NAMESPACES: readonly string[] = [
  ...new Set(Object.keys(featureBundles).map((path) => path.split('/')[2] as string)),
];

function merge(into: Tree, from: Tree): Tree {
  for (const [key, value] of Object.entries(from)) {
    const current = into[key];
    into[key] =
      value && typeof value === 'object' && current && typeof current === 'object'
        ? merge({ ...(current as Tree) }, value as Tree)
        : value;
  }
  return into;
}

function commonFor(lng: Locale, base: Tree): Tree {
  const out = merge({}, base);
  for (const [path, bundle] of Object.entries(navBundles))
    if (path.endsWith(`nav.${lng}.json`)) merge(out, bundle);
  return out;
}

/** Reads a feature's namespace from its lazy chunk. */
const featureBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, done) {
    const load = featureBundles[`../features/${ns}/i18n/${lng}.json`];
    if (!load) {
      done(new Error(`No translations for namespace "${ns}" in "${lng}"`), false);
      return;
    }
    load().then(
      (data) => done(null, data as ResourceKey),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function storedLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'ru';
  } catch {
    return 'ru';
  }
}

/** Switches the interface language (loading the open features' strings first) and remembers it on this device. */
export function applyLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be unavailable (private mode); the language still changes for this visit.
  }
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}

/** Starts fetching a feature's strings (used next to a page's lazy import so both load in parallel). */
export function loadNamespace(ns: string): Promise<void> {
  return i18n.loadNamespaces(ns).then(() => undefined);
}

const setDocumentLang = (lng: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
};
i18n.on('languageChanged', setDocumentLang);

void i18n
  .use(featureBackend)
  .use(initReactI18next)
  .init({
    resources: {
      ru: { common: commonFor('ru', ru) as ResourceKey },
      en: { common: commonFor('en', en) as ResourceKey },
    },
    partialBundledLanguages: true,
    ns: ['common'],
    defaultNS: 'common',
    fallbackNS: 'common',
    lng: storedLocale(),
    supportedLngs: LOCALES as Locale[],
    // Both languages hold every key (i18n.test.ts checks it), so English pages never fetch the Russian strings.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
setDocumentLang(i18n.language);

export default i18n;
