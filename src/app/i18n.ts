/**
 * The app's namespaces: which feature or figure owns each, and how it loads. Every namespace is
 * a chunk per language, compiled by Lingui's Vite plugin from its `messages.sv.ts` and
 * `messages.en.ts` (lingui.config.ts) and loaded with its route's code (src/app/routes.tsx). No
 * strings are in the first page's code: a page the server rendered carries the strings it used,
 * in its language, in its data block (pageStrings, read by src/entry-client.tsx). The server
 * holds every namespace in both languages (src/entry-server.tsx).
 */
import type { Messages } from '@lingui/core';
import type { Lang } from '../lib/format.ts';
import { createI18n, LANGS, type AppI18n, type I18nSetup, type Strings } from '../lib/i18n.tsx';

export const namespaceLoaders = {
  common: {
    sv: () => import('../lib/messages.sv.ts?lingui'),
    en: () => import('../lib/messages.en.ts?lingui'),
  },
  overview: {
    sv: () => import('../features/overview/messages.sv.ts?lingui'),
    en: () => import('../features/overview/messages.en.ts?lingui'),
  },
  'figure-headline': {
    sv: () => import('../figures/headline/messages.sv.ts?lingui'),
    en: () => import('../figures/headline/messages.en.ts?lingui'),
  },
  export: {
    sv: () => import('../components/export/messages.sv.ts?lingui'),
    en: () => import('../components/export/messages.en.ts?lingui'),
  },
  share: {
    sv: () => import('../components/share/messages.sv.ts?lingui'),
    en: () => import('../components/share/messages.en.ts?lingui'),
  },
  about: {
    sv: () => import('../features/about/messages.sv.ts?lingui'),
    en: () => import('../features/about/messages.en.ts?lingui'),
  },
  admin: {
    sv: () => import('../features/admin/messages.sv.ts?lingui'),
    en: () => import('../features/admin/messages.en.ts?lingui'),
  },
  city: {
    sv: () => import('../features/city/messages.sv.ts?lingui'),
    en: () => import('../features/city/messages.en.ts?lingui'),
  },
  peers: {
    sv: () => import('../features/city/peers/messages.sv.ts?lingui'),
    en: () => import('../features/city/peers/messages.en.ts?lingui'),
  },
  compare: {
    sv: () => import('../features/compare/messages.sv.ts?lingui'),
    en: () => import('../features/compare/messages.en.ts?lingui'),
  },
  contracts: {
    sv: () => import('../features/contracts/messages.sv.ts?lingui'),
    en: () => import('../features/contracts/messages.en.ts?lingui'),
  },
  embed: {
    sv: () => import('../features/embed/messages.sv.ts?lingui'),
    en: () => import('../features/embed/messages.en.ts?lingui'),
  },
  map: {
    sv: () => import('../features/map/messages.sv.ts?lingui'),
    en: () => import('../features/map/messages.en.ts?lingui'),
  },
  present: {
    sv: () => import('../features/present/messages.sv.ts?lingui'),
    en: () => import('../features/present/messages.en.ts?lingui'),
  },
  sectors: {
    sv: () => import('../features/sectors/messages.sv.ts?lingui'),
    en: () => import('../features/sectors/messages.en.ts?lingui'),
  },
  standings: {
    sv: () => import('../features/standings/messages.sv.ts?lingui'),
    en: () => import('../features/standings/messages.en.ts?lingui'),
  },
  'figure-map': {
    sv: () => import('../figures/map/messages.sv.ts?lingui'),
    en: () => import('../figures/map/messages.en.ts?lingui'),
  },
  'figure-sector-matrix': {
    sv: () => import('../figures/sector-matrix/messages.sv.ts?lingui'),
    en: () => import('../figures/sector-matrix/messages.en.ts?lingui'),
  },
  'figure-sector-mix': {
    sv: () => import('../figures/sector-mix/messages.sv.ts?lingui'),
    en: () => import('../figures/sector-mix/messages.en.ts?lingui'),
  },
  'figure-standings': {
    sv: () => import('../figures/standings/messages.sv.ts?lingui'),
    en: () => import('../figures/standings/messages.en.ts?lingui'),
  },
  'figure-trajectory': {
    sv: () => import('../figures/trajectory/messages.sv.ts?lingui'),
    en: () => import('../figures/trajectory/messages.en.ts?lingui'),
  },
} satisfies Record<string, Record<Lang, () => Promise<{ messages: Messages }>>>;

export type AppNamespace = keyof typeof namespaceLoaders;
export const ALL_NAMESPACES = Object.keys(namespaceLoaders) as AppNamespace[];

/**
 * The namespaces the app's frame and first page use, sent with every page and loaded before a
 * page the browser renders alone: the shared words, the overview and the export and share kits.
 */
export const FIRST_NAMESPACES: readonly AppNamespace[] = ['common', 'overview', 'figure-headline', 'export', 'share'];

const setup: I18nSetup = {
  load: async (ns, lang) => {
    if (!(ns in namespaceLoaders)) throw new Error(`No namespace "${ns}" (src/app/i18n.ts)`);
    return (await namespaceLoaders[ns as AppNamespace][lang]()).messages;
  },
};

/** The browser's instance: the strings the server's page brought, the rest as routes ask for them. */
export function createAppI18n(lang: Lang, strings?: Strings): AppI18n {
  return createI18n(lang, { ...setup, strings });
}

/** The server's (and tests') instance: every namespace in both languages, loaded before the first render. */
export async function createLoadedI18n(lang: Lang): Promise<AppI18n> {
  const instance = createI18n(lang, setup);
  await Promise.all(LANGS.map((l) => instance.load(ALL_NAMESPACES, l)));
  return instance;
}

/**
 * The strings a render used (each component's useI18n records its namespaces), with the first
 * page's, in each of `langs`: what the browser needs to hydrate the page without loading any.
 */
export function pageStrings(i18n: AppI18n, langs: readonly Lang[]): Strings {
  const used = [...new Set<string>([...FIRST_NAMESPACES, ...i18n.used])].sort();
  const strings: Strings = {};
  for (const lang of langs)
    strings[lang] = Object.fromEntries(
      used.flatMap((ns) => {
        const messages = i18n.stringsOf(ns, lang);
        return messages ? [[ns, messages]] : [];
      }),
    );
  return strings;
}

/** The browser's one instance, once made (src/entry-client.tsx): a route's prefetch skips what it holds. */
let browserI18n: AppI18n | undefined;
export function setBrowserI18n(i18n: AppI18n): void {
  browserI18n = i18n;
}

/**
 * Starts loading a route's namespaces alongside the route's own code, except those already held
 * in the current language (a page the server rendered brought them).
 */
export function prefetchNamespaces(namespaces: readonly AppNamespace[]): Promise<unknown> {
  if (browserI18n) return browserI18n.load(namespaces);
  return Promise.all(namespaces.map((ns) => namespaceLoaders[ns].sv()));
}
