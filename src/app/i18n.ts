/**
 * The app's namespaces: which feature or figure owns each, and how it loads. Every namespace is
 * its own chunk, loaded through i18next's resources-to-backend: a route's with the route's code
 * (src/app/routes.tsx). No strings are in the first page's code: a page the server rendered
 * carries the strings it used, in its language, in its data block (pageStrings, read by
 * src/entry-client.tsx), as react-i18next's SSR guide passes its initialI18nStore. The server
 * holds every namespace in both languages (src/entry-server.tsx).
 */
import type { i18n as I18next, Resource } from 'i18next';
import { getI18n } from 'react-i18next';
import type { Lang } from '../lib/format.ts';
import { createI18n, LANGS, type I18nSetup } from '../lib/i18n.tsx';

export const namespaceLoaders = {
  common: () => import('../lib/messages.ts'),
  overview: () => import('../features/overview/messages.ts'),
  'figure-headline': () => import('../figures/headline/messages.ts'),
  export: () => import('../components/export/messages.ts'),
  share: () => import('../components/share/messages.ts'),
  about: () => import('../features/about/messages.ts'),
  admin: () => import('../features/admin/messages.ts'),
  city: () => import('../features/city/messages.ts'),
  peers: () => import('../features/city/peers/messages.ts'),
  compare: () => import('../features/compare/messages.ts'),
  contracts: () => import('../features/contracts/messages.ts'),
  embed: () => import('../features/embed/messages.ts'),
  map: () => import('../features/map/messages.ts'),
  present: () => import('../features/present/messages.ts'),
  sectors: () => import('../features/sectors/messages.ts'),
  standings: () => import('../features/standings/messages.ts'),
  'figure-map': () => import('../figures/map/messages.ts'),
  'figure-sector-matrix': () => import('../figures/sector-matrix/messages.ts'),
  'figure-sector-mix': () => import('../figures/sector-mix/messages.ts'),
  'figure-standings': () => import('../figures/standings/messages.ts'),
  'figure-trajectory': () => import('../figures/trajectory/messages.ts'),
};

export type AppNamespace = keyof typeof namespaceLoaders;
export const ALL_NAMESPACES = Object.keys(namespaceLoaders) as AppNamespace[];

/**
 * The namespaces the app's frame and first page use, sent with every page and loaded before a
 * page the browser renders alone: the shared words, the overview and the export and share kits.
 */
export const FIRST_NAMESPACES: readonly AppNamespace[] = ['common', 'overview', 'figure-headline', 'export', 'share'];

const setup: I18nSetup = {
  load: async (ns) => {
    if (!(ns in namespaceLoaders)) throw new Error(`No namespace "${ns}" (src/app/i18n.ts)`);
    return (await namespaceLoaders[ns as AppNamespace]()).messages;
  },
};

/** The browser's instance: the strings the server's page brought, the rest as routes ask for them. */
export function createAppI18n(lang: Lang, strings?: Resource): I18next {
  return createI18n(lang, { ...setup, resources: strings });
}

/** The server's (and tests') instance: every namespace in both languages, loaded before the first render. */
export async function createLoadedI18n(lang: Lang): Promise<I18next> {
  const instance = createI18n(lang, { ...setup, preload: LANGS });
  await instance.loadNamespaces(ALL_NAMESPACES);
  await instance.loadLanguages([...LANGS]);
  return instance;
}

/**
 * The strings a render used (react-i18next reports each namespace a component asked for),
 * with the first page's, in each of `langs`: what the browser needs to hydrate the page
 * without loading any. The same as react-i18next's getInitialProps, for a per-request instance.
 */
export function pageStrings(i18n: I18next, langs: readonly Lang[]): Resource {
  const used = new Set<string>([...FIRST_NAMESPACES, ...(i18n.reportNamespaces?.getUsedNamespaces() ?? [])]);
  const strings: Resource = {};
  for (const lang of langs) {
    strings[lang] = {};
    for (const ns of [...used].sort()) strings[lang][ns] = i18n.getResourceBundle(lang, ns) as Record<string, string>;
  }
  return strings;
}

/**
 * Starts loading a route's namespaces' code alongside the route's own code (the backend then
 * finds them ready), except those the strings already hold in the current language (a page the
 * server rendered brought them): react-i18next's getI18n() is the browser's one instance.
 */
export function prefetchNamespaces(namespaces: readonly AppNamespace[]): Promise<unknown> {
  const i18n = getI18n() as I18next | undefined;
  const missing = namespaces.filter((ns) => !i18n?.hasResourceBundle(i18n.language, ns));
  return Promise.all(missing.map((ns) => namespaceLoaders[ns]()));
}
