/**
 * The app's namespaces: which feature or figure owns each, and how it loads. The first page's
 * (the overview, with the words every page shares) are in its code; every other namespace is
 * its own chunk, loaded with its route (src/app/routes.tsx) through i18next's
 * resources-to-backend. The server holds them all (src/entry-server.tsx).
 */
import type { i18n as I18next } from 'i18next';
import { messages as exportMessages } from '../components/export/messages.ts';
import { messages as shareMessages } from '../components/share/messages.ts';
import { messages as overview } from '../features/overview/messages.ts';
import { messages as headline } from '../figures/headline/messages.ts';
import type { Lang } from '../lib/format.ts';
import { createI18n, type I18nSetup } from '../lib/i18n.tsx';
import { messages as common } from '../lib/messages.ts';

const bundled = { common, overview, 'figure-headline': headline, export: exportMessages, share: shareMessages };

export const lazyNamespaces = {
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

export type LazyNamespace = keyof typeof lazyNamespaces;
export type AppNamespace = keyof typeof bundled | LazyNamespace;
export const ALL_NAMESPACES = [...Object.keys(bundled), ...Object.keys(lazyNamespaces)] as AppNamespace[];

const setup: I18nSetup = {
  bundled,
  load: async (ns) => {
    if (ns in bundled) return bundled[ns as keyof typeof bundled];
    if (!(ns in lazyNamespaces)) throw new Error(`No namespace "${ns}" (src/app/i18n.ts)`);
    return (await lazyNamespaces[ns as LazyNamespace]()).messages;
  },
};

/** The browser's instance: the first page's namespaces, the rest as routes ask for them. */
export function createAppI18n(lang: Lang): I18next {
  return createI18n(lang, setup);
}

/** The server's (and tests') instance: every namespace in both languages, loaded before the first render. */
export async function createLoadedI18n(lang: Lang): Promise<I18next> {
  const instance = createI18n(lang, { ...setup, preload: ['sv', 'en'] });
  await instance.loadNamespaces(ALL_NAMESPACES);
  await instance.loadLanguages(['sv', 'en']);
  return instance;
}

/** Starts loading a route's namespaces' code alongside the route's own code (the backend then finds them ready). */
export function prefetchNamespaces(namespaces: readonly LazyNamespace[]): Promise<unknown> {
  return Promise.all(namespaces.map((ns) => lazyNamespaces[ns]()));
}
