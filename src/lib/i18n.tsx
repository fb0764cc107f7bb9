/**
 * The reader's language and the strings in it, with i18next and react-i18next. The language
 * comes from the address, not from the browser: English pages live under /en
 * (src/lib/lang-path.ts), so a shared link opens in the language it was shared in, the server
 * can render it, and a page never mixes two languages. Each feature and figure owns its
 * strings as a namespace (its `messages.ts`); `common` holds the words every page shares and
 * is the fallback of every namespace. The namespaces and how they load are the app's
 * (src/app/i18n.ts); this is the runtime they plug into.
 */
import i18next, { type i18n as I18next, type Namespace, type Resource, type TFunction } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from './format.ts';

/** A namespace's `t`: its own keys, the common ones, and any other namespace's as `ns:key`. */
export type Translate<N extends Namespace = 'common'> = TFunction<N>;

export const LANGS: readonly Lang[] = ['sv', 'en'];

interface Dictionaries {
  sv: Record<string, string>;
  en: Record<string, string>;
}

export interface I18nSetup {
  /** Strings already at hand, by language and namespace (a server-rendered page brings its own). */
  resources?: Resource;
  /** Loads a namespace in both languages (a dynamic import: its own chunk). */
  load: (namespace: string) => Promise<Dictionaries>;
  /** Languages to hold in memory from the start (the server renders both). */
  preload?: readonly Lang[];
}

/** A language tag as the app's language: English, or else Swedish. */
export function asLang(language: string | undefined): Lang {
  return language === 'en' ? 'en' : 'sv';
}

/** A missing string is a bug: in development and tests it throws; in production it shows its key. */
function missingKey(key: string): string {
  if (import.meta.env.PROD) return key;
  throw new Error(`No string "${key}" in the loaded namespaces: add it to the messages.ts of its feature or figure.`);
}

export function createI18n(lang: Lang, { resources = {}, load, preload }: I18nSetup): I18next {
  const present = Object.keys(resources[lang] ?? {});
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(resourcesToBackend((lng: string, ns: string) => load(ns).then((d) => d[asLang(lng)])))
    .init({
      lng: lang,
      supportedLngs: [...LANGS],
      preload: preload ? [...preload] : false,
      fallbackLng: false,
      resources,
      partialBundledLanguages: true,
      ns: present.length > 0 ? present : ['common'],
      defaultNS: 'common',
      fallbackNS: 'common',
      // Keys are flat ('compare.heading'), placeholders single-braced ('{year}'), React escapes.
      keySeparator: false,
      nsSeparator: ':',
      interpolation: { prefix: '{', suffix: '}', escapeValue: false },
      // Ready on return when the namespaces are there: the server renders at once.
      initAsync: false,
      parseMissingKeyHandler: missingKey,
      react: { useSuspense: true },
    });
  return instance;
}

/**
 * Provides an i18next instance and keeps it in the language asked for: a new address in the
 * other language (an embed's ?lang=) renders this with a new `lang`.
 */
export function I18nProvider({ i18n, lang, children }: { i18n: I18next; lang: Lang; children: ReactNode }) {
  // Only a new `lang`: presenter mode may have switched the language in place since (useI18n's setLang).
  const asked = useRef(lang);
  useEffect(() => {
    if (asked.current === lang) return;
    asked.current = lang;
    void i18n.changeLanguage(lang);
  }, [i18n, lang]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/**
 * A part of the page in another language (an embed framed in an English page): a clone sharing
 * the strings. In the page's own language it is the page's instance, so the server's record of
 * the namespaces a render used (react-i18next's reportNamespaces) sees the part's too.
 */
export function LanguageScope({ lang, children }: { lang: Lang; children: ReactNode }) {
  const { i18n } = useTranslation();
  const scoped = useMemo(() => (i18n.language === lang ? i18n : i18n.cloneInstance({ lng: lang })), [i18n, lang]);
  return <I18nextProvider i18n={scoped}>{children}</I18nextProvider>;
}

/** Writes <html lang> when the language changes (only then: writing it at all restyles the page). */
export function DocumentLanguage() {
  const { lang } = useI18n();
  useEffect(() => {
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  }, [lang]);
  return null;
}

/** A namespace's strings (react-i18next's useTranslation, suspending until they are loaded) and the language. */
export function useI18n<const N extends Namespace = 'common'>(ns?: N) {
  const { t, i18n } = useTranslation(ns);
  // Only presenter mode, whose deck names its language, switches in place, without a new address.
  const setLang = useCallback((next: Lang) => void i18n.changeLanguage(next), [i18n]);
  return { t, lang: asLang(i18n.language), setLang };
}
