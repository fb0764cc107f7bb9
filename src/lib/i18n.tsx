/**
 * The reader's language and the strings in it, with Lingui. The language comes from the
 * address, not from the browser: English pages live under /en (src/lib/lang-path.ts), so a
 * shared link opens in the language it was shared in, the server can render it, and a page
 * never mixes two languages. Each feature and figure owns its strings as a namespace (its
 * `messages.sv.ts` and `messages.en.ts`, compiled by Lingui's Vite plugin); `common` holds the
 * words every page shares. Keys are unique across namespaces, so a namespace, once loaded, is
 * merged into Lingui's one catalog per language (`i18n.load`), as Lingui's guide to loading
 * catalogs per route does. The namespaces and how they load are the app's (src/app/i18n.ts);
 * this is the runtime they plug into.
 */
import { setupI18n, type I18n as Lingui, type Messages } from '@lingui/core';
import { I18nProvider as LinguiProvider, useLingui } from '@lingui/react';
import { createContext, use, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Lang } from './format.ts';

/**
 * Every namespace's Swedish strings by name, filled in by the app (src/app/catalogs.d.ts), as
 * i18next's CustomTypeOptions does: `t` accepts only keys that exist, with their {placeholders}.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by module augmentation
export interface CatalogRegistry {}

type Namespace = keyof CatalogRegistry;
type KeyIn<N extends Namespace> = keyof CatalogRegistry[N] & string;
/** Another namespace's key, written `ns:key`. */
type Qualified = { [M in Namespace]: `${M}:${KeyIn<M>}` }[Namespace];
type Flat<N> = N extends readonly (infer M)[] ? M : N;

/** The keys a namespace's `t` takes: its own, the common ones, any other's as `ns:key`. */
export type TranslationKey<N extends Namespace | readonly Namespace[] = 'common'> =
  { [M in Flat<N> & Namespace]: KeyIn<M> }[Flat<N> & Namespace] | KeyIn<'common' & Namespace> | Qualified;

type TextOf<K extends string> = K extends `${infer M extends Namespace}:${infer R}`
  ? CatalogRegistry[M][R & keyof CatalogRegistry[M]]
  : { [M in Namespace]: K extends keyof CatalogRegistry[M] ? CatalogRegistry[M][K] : never }[Namespace];
type Holes<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Holes<Rest> : never;
type Values<S> = [Holes<S>] extends [never] ? [] : [values: Record<Holes<S>, string | number>];
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
/** One key: its placeholders, no more, no fewer. A key chosen at run time among several: whatever values they need. */
type Args<K extends string> = true extends IsUnion<K> ? [values?: Record<string, string | number>] : Values<TextOf<K>>;

/** A namespace's `t`: its own keys, the common ones, and any other namespace's as `ns:key`. */
export type Translate<N extends Namespace | readonly Namespace[] = 'common'> = <K extends TranslationKey<N>>(
  key: K,
  ...values: Args<K>
) => string;

export const LANGS: readonly Lang[] = ['sv', 'en'];

/** Compiled strings by language and namespace: what a server-rendered page brings with it. */
export type Strings = Partial<Record<Lang, Record<string, Messages>>>;

export interface I18nSetup {
  /** Strings already at hand (a server-rendered page brings its own). */
  strings?: Strings;
  /** Loads a namespace's compiled strings in one language (a dynamic import: its own chunk). */
  load: (namespace: string, lang: Lang) => Promise<Messages>;
}

/** A language tag as the app's language: English, or else Swedish. */
export function asLang(language: string | undefined): Lang {
  return language === 'en' ? 'en' : 'sv';
}

/** A missing string is a bug: in development and tests it throws; in production it shows its key. */
function missingKey(_locale: string, id: string): string {
  if (import.meta.env.PROD) return id;
  throw new Error(`No string "${id}" in the loaded namespaces: add it to the messages.sv.ts of its feature or figure.`);
}

/** The namespaces held in each language, shared by an instance and its scoped copies. */
interface Held {
  strings: Record<Lang, Map<string, Messages>>;
  /** One promise per language and set of namespaces, so a suspended render finds the same one again (React's `use`). */
  loading: Map<string, Promise<void>>;
  load: I18nSetup['load'];
  /** Every instance sharing these strings, told of each namespace as it arrives (weakly: the server makes one per request). */
  instances: Set<WeakRef<Lingui>>;
}

function heldFrom({ strings, load }: I18nSetup): Held {
  return {
    strings: { sv: new Map(Object.entries(strings?.sv ?? {})), en: new Map(Object.entries(strings?.en ?? {})) },
    loading: new Map(),
    load,
    instances: new Set(),
  };
}

/**
 * Lingui's instance with the namespaces it holds: loads a namespace once per language, and
 * records the namespaces a render used (the server sends those with the page).
 */
export class AppI18n {
  readonly lingui: Lingui;
  /** The namespaces components asked for since this instance (or the one it scopes) was made. */
  readonly used: Set<string>;
  readonly #held: Held;

  constructor(lang: Lang, held: Held, used = new Set<string>()) {
    this.#held = held;
    this.used = used;
    const messages = Object.fromEntries(
      LANGS.map((l) => [l, Object.assign({}, ...held.strings[l].values()) as Messages]),
    );
    this.lingui = setupI18n({ locale: lang, messages, missing: missingKey });
    held.instances.add(new WeakRef(this.lingui));
  }

  get lang(): Lang {
    return asLang(this.lingui.locale);
  }

  has(namespace: string, lang: Lang = this.lang): boolean {
    return this.#held.strings[lang].has(namespace);
  }

  /** A namespace's compiled strings in `lang`, if held. */
  stringsOf(namespace: string, lang: Lang): Messages | undefined {
    return this.#held.strings[lang].get(namespace);
  }

  /** Loads what is not yet held of `namespaces` in `lang`; the same promise for the same ask until it settles. */
  load(namespaces: readonly string[], lang: Lang = this.lang): Promise<void> {
    const missing = [...new Set(namespaces)].filter((ns) => !this.has(ns, lang)).sort();
    if (missing.length === 0) return Promise.resolve();
    const key = `${lang}:${missing.join(',')}`;
    const held = this.#held;
    let pending = held.loading.get(key);
    if (!pending) {
      pending = Promise.all(
        missing.map(async (ns) => {
          const messages = await held.load(ns, lang);
          if (held.strings[lang].has(ns)) return;
          held.strings[lang].set(ns, messages);
          for (const ref of held.instances) {
            const lingui = ref.deref();
            if (lingui) lingui.load(lang, messages);
            else held.instances.delete(ref);
          }
        }),
      ).then(
        () => void held.loading.delete(key),
        (error: unknown) => {
          held.loading.delete(key);
          throw error;
        },
      );
      held.loading.set(key, pending);
    }
    return pending;
  }

  /** Switches to `lang` once the namespaces used so far are held in it. */
  async activate(lang: Lang): Promise<void> {
    await this.load([...this.used], lang);
    this.lingui.activate(lang);
  }

  /** The same strings in another language, for a part of the page: what the part uses counts as the page's. */
  scoped(lang: Lang): AppI18n {
    return new AppI18n(lang, this.#held, this.used);
  }

  /** The same strings for another render (the server's, per request; a test's): with its own record of what it used. */
  copy(lang: Lang): AppI18n {
    return new AppI18n(lang, this.#held);
  }
}

export function createI18n(lang: Lang, setup: I18nSetup): AppI18n {
  return new AppI18n(lang, heldFrom(setup));
}

const AppI18nContext = createContext<AppI18n | null>(null);

function Provide({ i18n, children }: { i18n: AppI18n; children: ReactNode }) {
  return (
    <AppI18nContext value={i18n}>
      <LinguiProvider i18n={i18n.lingui}>{children}</LinguiProvider>
    </AppI18nContext>
  );
}

/**
 * Provides the app's strings and keeps them in the language asked for: a new address in the
 * other language (an embed's ?lang=) renders this with a new `lang`.
 */
export function I18nProvider({ i18n, lang, children }: { i18n: AppI18n; lang: Lang; children: ReactNode }) {
  // Only a new `lang`: presenter mode may have switched the language in place since (useI18n's setLang).
  const asked = useRef(lang);
  useEffect(() => {
    if (asked.current === lang) return;
    asked.current = lang;
    void i18n.activate(lang);
  }, [i18n, lang]);
  return <Provide i18n={i18n}>{children}</Provide>;
}

function useAppI18n(): AppI18n {
  const i18n = useContext(AppI18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/** A part of the page in another language: in the page's own language it is the page's instance. */
export function LanguageScope({ lang, children }: { lang: Lang; children: ReactNode }) {
  const page = useAppI18n();
  const scoped = useMemo(() => (page.lang === lang ? page : page.scoped(lang)), [page, lang]);
  return <Provide i18n={scoped}>{children}</Provide>;
}

/** Writes <html lang> when the language changes (only then: writing it at all restyles the page). */
export function DocumentLanguage() {
  const { lang } = useI18n();
  useEffect(() => {
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  }, [lang]);
  return null;
}

/** A namespace's strings (suspending until they are loaded) and the language. */
export function useI18n<const N extends Namespace | readonly Namespace[] = 'common'>(ns?: N) {
  const app = useAppI18n();
  // Lingui's hook: re-renders when the language changes.
  const { i18n } = useLingui();
  const namespaces: string[] = ns === undefined ? ['common'] : Array.isArray(ns) ? ['common', ...ns] : ['common', ns];
  for (const namespace of namespaces) app.used.add(namespace);
  if (namespaces.some((namespace) => !app.has(namespace))) use(app.load(namespaces));
  const locale = i18n.locale;
  const t = useMemo(() => {
    const translate: Translate<N> = (key: string, values?: Record<string, string | number>) =>
      i18n._(key.includes(':') ? key.slice(key.indexOf(':') + 1) : key, values);
    return translate;
    // The locale is read by i18n._: a new one is a new `t`, so memoised children see the change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [i18n, locale]);
  // Only presenter mode, whose deck names its language, switches in place, without a new address.
  const setLang = useCallback((next: Lang) => void app.activate(next), [app]);
  return { t, lang: asLang(locale), setLang };
}
